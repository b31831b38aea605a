/**
 * Lazy start: tells its host once the host comes within about a screen of the viewport, so an
 * element far down an article creates no map and fetches no data until a reader gets near.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class NearViewportController implements ReactiveController {
  /** True once the host has been near the viewport (it stays true). */
  near = false;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onNear: () => void,
    /** Start without waiting (the `loading="eager"` attribute, or no IntersectionObserver). */
    private readonly eager: () => boolean,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.near) return;
    if (this.eager() || typeof IntersectionObserver === 'undefined') return this.start();
    // One screen ahead, so the map is drawn by the time the reader scrolls to it.
    this.observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && this.start(), { rootMargin: '100% 0px 100% 0px' });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = null;
  }

  /** Starts now (an attribute asked for eager loading after connection, say). */
  start(): void {
    this.observer?.disconnect();
    this.observer = null;
    if (this.near) return;
    this.near = true;
    this.onNear();
  }
}
