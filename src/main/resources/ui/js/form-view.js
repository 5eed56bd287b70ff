// Creating an object, or editing one: an edit sends only the fields that changed.
import { h, fill } from './dom.js';
import { call } from './api.js';
import { KINDS } from './kinds.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';
import { header, loadError, flash, go } from './page.js';

export async function formView(main, kindKey, id) {
  const kind = KINDS[kindKey];
  let object = null;
  if (id) {
    try {
      object = (await call(`${kindKey}.get`, { id }))[kind.item];
    } catch (error) {
      fill(main, header(`Edit ${kind.one} ${id}`), loadError(error, kindKey));
      return;
    }
  }
  const controls = (object ? kind.update : kind.create).map((f) => F.control(f, F.initial(f, object)));
  const before = new Map(controls.map((c) => [c.field.name, JSON.stringify(c.read())]));
  const title = object ? `Edit ${kind.one} ${object.display_id || object.id}` : `New ${kind.one}`;
  const form = apiForm({
    name: title, controls, submit: object ? 'Save' : `Create ${kind.one}`,
    action: async (values) => {
      const body = object ? { id: object.id } : {};
      for (const c of controls) {
        if (object && JSON.stringify(values[c.field.name]) === before.get(c.field.name)) continue;
        const value = F.bodyValue(c.field, values[c.field.name], !object);
        if (value !== undefined) body[c.field.name] = value;
      }
      const answer = await call(`${kindKey}.${object ? 'update' : 'create'}`, body);
      const saved = answer[kind.item];
      flash(object ? 'Saved.' : `Created ${kind.one} ${saved.display_id || saved.id}.`);
      go(`#/${kindKey}/${encodeURIComponent(saved.display_id || saved.id)}`);
    },
  });
  const back = object ? `#/${kindKey}/${encodeURIComponent(object.display_id || object.id)}` : `#/${kindKey}`;
  fill(main, header(title), h('p', {}, 'Fields marked * are required.'), form,
    h('p', {}, h('a', { href: back }, 'Cancel')));
}
