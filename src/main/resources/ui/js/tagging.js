// Tags on a rev user or an account. The API replaces the whole list on update, so adding or removing
// one sends the others as they are.
import { call } from './api.js';
import * as F from './fields.js';
import { apiForm } from './forms.js';
import { section, rows, actionButton } from './section.js';
import { summaryLink } from './values.js';

const asSet = (t) => (t.value ? { id: t.tag.id, value: t.value } : { id: t.tag.id });

export function tagging(object, updateOperation, reload) {
  const tags = object.tags || [];
  return section('Tags', async () => {
    const controls = [F.control(F.id('tags', 'Tag ID', { required: true }), ''),
      F.control(F.text('value', 'Value (for tags with allowed values)'), '')];
    return [
      rows(tags, 'No tags.', (t) => [summaryLink(t.tag), t.value ? ` = ${t.value}` : '', ' ',
        actionButton('Remove', `Remove tag ${t.tag.name || t.tag.display_id}`, updateOperation,
          { id: object.id, tags: tags.filter((o) => o !== t).map(asSet) }, reload, 'Tag removed.')]),
      apiForm({ name: 'Add a tag', controls, submit: 'Add tag', className: 'form inline',
        action: async (values) => {
          const added = values.value ? { id: values.tags, value: values.value } : { id: values.tags };
          await call(updateOperation, { id: object.id, tags: [...tags.map(asSet), added] });
          reload(`Tag ${values.tags} added.`);
        } }),
    ];
  });
}
