// The formats of `render`, apart from the templates so the CLI offers them without loading Handlebars.
export const RENDER_FORMATS = ['md', 'html', 'json'] as const;

export type RenderFormat = (typeof RENDER_FORMATS)[number];
