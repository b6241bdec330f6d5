import { href } from '../lib/router.js';

/** An entity's name linking to its page (the entity route resolves a name to its identity). */
export function EntityName({ name, id }: { name: string; id?: string }) {
  return (
    <a className="entity-link" href={href('entity', id ?? name)}>
      <bdi>{name}</bdi>
    </a>
  );
}
