import { Injectable } from '@nestjs/common';
import type { MaybeViewer } from '../authz/viewer.js';
import type { NodeType } from './relay.js';

/** Finds one object of a type for a viewer, under the same rules as every other path; null if unreadable. */
export type NodeFetcher = (id: string, viewer: MaybeViewer) => Promise<object | null>;

/**
 * Each domain registers how to fetch its objects, so `node(id)` needn't know every service and can't
 * bypass a domain's access rules.
 */
@Injectable()
export class NodeRegistry {
  private readonly fetchers = new Map<string, NodeFetcher>();

  register(type: NodeType, fetcher: NodeFetcher): void {
    this.fetchers.set(type, fetcher);
  }

  fetcherFor(type: string): NodeFetcher | undefined {
    return this.fetchers.get(type);
  }
}
