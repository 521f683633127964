import { Injectable } from '@nestjs/common';

/** A message rendered when it is sent: its body, and headers (an unsubscribe link) that belong to it. */
export interface RenderedAtSend {
  text: string;
  html: string;
  headers?: Record<string, string>;
}

/**
 * Renders a queued message (MailMessage.template) from its `templateData` at the moment it is sent, so that it
 * says only what its recipient may read then: a lesson moved down the ladder after the message was queued is not
 * in it. Null: nothing is left to say (the message is dropped, not sent).
 */
export type MailRenderer = (data: unknown) => Promise<RenderedAtSend | null>;

/** The renderers of this app, by template name; each module that queues such mail registers its own. */
@Injectable()
export class MailRenderers {
  private readonly renderers = new Map<string, MailRenderer>();

  register(template: string, renderer: MailRenderer): void {
    if (this.renderers.has(template)) throw new Error(`A mail renderer "${template}" exists already`);
    this.renderers.set(template, renderer);
  }

  async render(template: string, data: unknown): Promise<RenderedAtSend | null> {
    const renderer = this.renderers.get(template);
    // A message of a template this app does not know (a newer replica queued it) fails the attempt and is retried.
    if (!renderer) throw new Error(`No mail renderer "${template}"`);
    return renderer(data);
  }
}
