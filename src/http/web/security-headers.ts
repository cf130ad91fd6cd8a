/**
 * Security headers for every response (`hono/secure-headers`), with a strict
 * Content-Security-Policy: the pages load scripts, styles and data only from
 * this origin, and use no inline script or style.
 */
import { secureHeaders } from 'hono/secure-headers';

type Directives = NonNullable<Parameters<typeof secureHeaders>[0]>['contentSecurityPolicy'];

/** The policy of the chat and documents pages (and of every other response). */
export const pageContentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  connectSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
} satisfies Directives;

/** Swagger UI draws its icons from `data:` URLs; otherwise it keeps the page policy. */
export const apiReferenceContentSecurityPolicy = {
  ...pageContentSecurityPolicy,
  imgSrc: ["'self'", 'data:'],
} satisfies Directives;

/**
 * The app-wide middleware. `overwrite: false` lets a route that needs a
 * different policy (the API reference) set its own.
 */
export const securityHeaders = ({ contentSecurityPolicy = pageContentSecurityPolicy } = {}) =>
  secureHeaders({
    contentSecurityPolicy,
    xFrameOptions: 'DENY',
    referrerPolicy: 'same-origin',
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  });
