/**
 * The words the extractor recognises in markup, as named token lists.
 *
 * Origin: our own lists, written from the idea common to Readability.js (its "unlikely candidate" and
 * "positive/negative" class patterns) and trafilatura (`xpaths.py`, discard and body paths): a page's
 * class and id names say what a box is for. We match whole tokens of class/id names (split on
 * non-letters and camelCase, lowercased), not substrings, so `header` never matches `headerless` and
 * `ad` never matches `head`. The Arabic cues are the phrases Arabic news sites put before links to
 * other stories ("اقرأ أيضا") and on ad slots ("إعلان").
 */

/** Elements whose subtree never holds article text. */
export const DROP_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'footer',
  'aside',
  'iframe',
  'svg',
  'math',
  'canvas',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'object',
  'embed',
  'video',
  'audio',
  'map',
  'dialog',
  'menu',
  'head',
  'header',
]);

/** ARIA roles of page furniture. */
export const BOILERPLATE_ROLES: ReadonlySet<string> = new Set([
  'navigation',
  'banner',
  'contentinfo',
  'complementary',
  'search',
  'menu',
  'menubar',
  'dialog',
  'alertdialog',
  'toolbar',
  'tablist',
]);

/** Class/id tokens that mark page furniture wherever they appear. */
export const BOILERPLATE_TOKENS: ReadonlySet<string> = new Set([
  'ad',
  'ads',
  'adv',
  'advert',
  'advertisement',
  'advertising',
  'adslot',
  'adunit',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'comment',
  'comments',
  'disqus',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'footer',
  'masthead',
  'menu',
  'navbar',
  'nav',
  'navigation',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'paywall',
  'promo',
  'popup',
  'modal',
  'overlay',
  'share',
  'sharing',
  'sharebar',
  'social',
  'sidebar',
  'widget',
  'sponsor',
  'sponsored',
  'outbrain',
  'taboola',
  'pagination',
  'pager',
  'tags',
  'tagcloud',
  'print',
  'rss',
  'toolbar',
  'skip',
  'offscreen',
  'visually',
  'sronly',
  'dfp',
  'gpt',
  'trending',
  'popular',
  'mostread',
  'authorbio',
  'bio',
  'recirc',
  'recirculation',
  'nextarticle',
  'upnext',
  'login',
  'tooltip',
  'popover',
  'rollover',
  'hovercard',
]);

/**
 * Class/id tokens that mark boxes of links to other articles. Outside the article they are dropped;
 * inside it they become `related` lines.
 */
export const RELATED_TOKENS: ReadonlySet<string> = new Set([
  'related',
  'relatedarticles',
  'relatedposts',
  'readmore',
  'readalso',
  'recommended',
  'recommendations',
  'suggested',
  'seealso',
  'morestories',
  'moreon',
  'relatedstories',
  'relatedlinks',
  'relatedcontent',
  'inlinerelated',
  'storylink',
  'teaser',
  'teasers',
  'latest',
  'latestnews',
  'morenews',
  'readnext',
  'whatsnext',
  'dontmiss',
  'mustread',
]);

/**
 * Class/id names (joined, without separators) that name the article body outright: a box with one
 * of them is never dropped as boilerplate, whatever other tokens it has.
 */
export const ARTICLE_BODY_NAMES: ReadonlySet<string> = new Set([
  'articlebody',
  'articlecontent',
  'articletext',
  'storybody',
  'storycontent',
  'entrycontent',
  'postcontent',
  'postbody',
  'bodytext',
  'newsbody',
  'newscontent',
  'newsdetails',
  'articledetails',
]);

/** Class/id tokens that mark the article body: a container with one of them is scored up. */
export const CONTENT_TOKENS: ReadonlySet<string> = new Set([
  'article',
  'articlebody',
  'body',
  'content',
  'entry',
  'main',
  'post',
  'story',
  'storybody',
  'text',
  'blog',
  'news',
  'detail',
  'details',
  'articlebody',
  'articlecontent',
  'postcontent',
  'entrycontent',
  'storycontent',
  'articletext',
  'bodytext',
  'rich',
]);

/**
 * Class/id tokens of posts embedded in the article (a quoted tweet): a box with one of them is kept
 * even when another of its tokens (`social-media-embed`) names furniture.
 */
export const EMBED_TOKENS: ReadonlySet<string> = new Set([
  'embed',
  'embedded',
  'tweet',
  'twittertweet',
  'instagrammedia',
  'blockquote',
  'pullquote',
  'quote',
]);

/** Class/id tokens that mark photo captions. */
export const CAPTION_TOKENS: ReadonlySet<string> = new Set([
  'caption',
  'wpcaptiontext',
  'credit',
  'figcaption',
]);

/** Class/id tokens that mark a byline (the author's line). */
export const BYLINE_TOKENS: ReadonlySet<string> = new Set(['byline', 'author', 'writer', 'authors', 'by']);

/** Class/id tokens that mark a dateline. */
export const DATELINE_TOKENS: ReadonlySet<string> = new Set(['dateline']);

/** Tags that start a new block of text; everything else is inline. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
  'form',
]);

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Lines that introduce a link to another article. Matched at the start of a block, after trimming;
 * Arabic spellings with and without hamza and tanween.
 */
export const RELATED_CUES: readonly string[] = [
  'اقرأ أيضا',
  'اقرأ أيضاً',
  'إقرأ أيضا',
  'إقرأ أيضاً',
  'اقرأ ايضا',
  'اقرأ المزيد',
  'طالع أيضا',
  'طالع أيضاً',
  'شاهد أيضا',
  'شاهد أيضاً',
  'للمزيد',
  'مواضيع ذات صلة',
  'أخبار ذات صلة',
  'ذات صلة',
  'read more',
  'see more',
  'read also',
  'also read',
  'related:',
  'see also',
  'more:',
  'recommended:',
];

/** Short lines that are page furniture whatever element holds them (compared lowercased, trimmed). */
export const BOILERPLATE_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'advert',
  'ad',
  'story continues below advertisement',
  'article continues below advertisement',
  'continue reading below',
  'continue reading the main story',
  "don't miss",
  'don’t miss',
  'see more',
  'read more',
  'related',
  'more',
  'by',
  'biography',
  'this slideshow requires javascript',
  'skip to content',
  'close',
  'next',
  'previous',
  'sponsored',
  'share',
  'share this',
  'share this article',
  'tweet',
  'print',
  'email',
  'comments',
  'إعلان',
  'اعلان',
  'شارك',
  'مشاركة',
  'شارك الخبر',
  'طباعة',
  'تابعونا',
]);
