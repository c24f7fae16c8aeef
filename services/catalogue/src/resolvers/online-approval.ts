import type { CatalogueContext } from '../context';
import type { OnlineApproval as Approval } from '../data/online';

export const OnlineApproval = {
  procedure: (approval: Approval, _: unknown, ctx: CatalogueContext) =>
    ctx.loaders.procedure.load(approval.procedureCode),
};
