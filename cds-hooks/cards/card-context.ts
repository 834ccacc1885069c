/** What every card needs to know about where it comes from and where its links point. */
export interface CardContext {
  readonly publicBaseUrl: string;
  readonly model: { readonly id: string; readonly version: string };
  readonly knowledgeVersion: string;
}

/** The model label page of the exact model and knowledge version. */
export function modelLabelUrl(ctx: CardContext): string {
  const q = new URLSearchParams({ model: ctx.model.id, version: ctx.model.version, knowledge: ctx.knowledgeVersion });
  return `${ctx.publicBaseUrl}/model-label/?${q.toString()}`;
}

/** The SMART app's launch URL, for `smart` links. */
export function appLaunchUrl(ctx: CardContext): string {
  return `${ctx.publicBaseUrl}/launch.html`;
}
