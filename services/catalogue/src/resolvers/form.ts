import type { CatalogueContext } from '../context';
import type { FormRow } from '../data/forms';

export const Form = {
  downloadUrl: (form: FormRow, _: unknown, ctx: CatalogueContext) =>
    `${ctx.publicUrl}/forms/${encodeURIComponent(form.id)}.pdf`,
};
