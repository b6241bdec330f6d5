import { describe, expect, it } from 'vitest';
import type { LayerName } from '../core/layers.js';
import { LayeredDocument } from '../core/pipeline.js';
import { DEFAULT_STAGES } from './stages.js';

const TEXT = [
  'القاهرة - قال وزير الخارجية المصري سامح شكري يوم الاثنين 3 يونيو 2024 إن "المفاوضات مستمرة".',
  'وقصفت الطائرات مدينة رفح، ما أسفر عن مقتل 12 شخصاً وإصابة 30 آخرين.',
].join('\n');

/** A document that notes every layer a stage asks for, present or not. */
class ReadingDocument extends LayeredDocument {
  readonly read = new Set<LayerName>();

  override get<K extends LayerName>(name: K) {
    this.read.add(name);
    return super.get(name);
  }

  override has(name: LayerName): boolean {
    this.read.add(name);
    return super.has(name);
  }
}

describe('the default pipeline', () => {
  it('has every stage read only the layers it declares in requires', () => {
    const doc = new ReadingDocument({ text: TEXT });
    for (const stage of DEFAULT_STAGES) {
      doc.read.clear();
      doc.add(stage.run(doc, {}));
      expect(
        [...doc.read].filter((layer) => !stage.requires.includes(layer)),
        stage.name,
      ).toEqual([]);
    }
    expect(doc.has('events')).toBe(true);
  });
});
