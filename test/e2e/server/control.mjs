// Switches a test can flip over `POST /__control`: failures, slow answers, live progress, reset.
// They act on API answers only, never on static files, and never on oracle requests (tests
// reading the expected data straight from the API).

/** @typedef {'list' | 'details' | 'issues' | 'cancel'} ApiRoute */

function validFailure(value) {
  if (value === null || typeof value !== 'object') throw new Error('failure must be an object');
  const status = Number(value.status ?? 500);
  if (!Number.isInteger(status) || status < 400 || status > 599) throw new Error('failure status must be 4xx or 5xx');
  return {
    status,
    message: typeof value.message === 'string' ? value.message : 'Simulated failure.',
    route: typeof value.route === 'string' ? value.route : undefined,
    times: Math.max(1, Number(value.times ?? 1) || 1),
  };
}

function validDelay(value) {
  const ms = Number(value);
  if (!Number.isFinite(ms) || ms < 0) throw new Error('delays must be numbers of ms ≥ 0');
  return ms;
}

function validLiveProgress(value) {
  if (value === null) return null;
  const intervalMs = Number(value?.intervalMs);
  const step = Number(value?.step);
  if (!(intervalMs > 0 && step > 0)) throw new Error('liveProgress must be null or { intervalMs > 0, step > 0 }');
  return { intervalMs, step };
}

/** True when `params` (a URLSearchParams) has every `name=value` of `where`. */
function paramsMatch(params, where) {
  return Object.entries(where ?? {}).every(([name, value]) => params.get(name) === String(value));
}

export function createControl() {
  const state = {
    /** @type {{ status: number; message: string; route?: string; times: number } | null} */
    failNext: null,
    /** @type {{ status: number; message: string; route?: string } | null} */
    failAlways: null,
    delayMs: 0,
    /** @type {{ ms: number; where: Record<string, string> } | null} */
    delayNextList: null,
  };

  return {
    /**
     * Applies a control body; returns what the server must do beyond that (reset the data, with
     * or without live progress). Throws on a malformed body, which becomes a 400.
     */
    apply(body) {
      if (body === null || typeof body !== 'object') throw new Error('control body must be a JSON object');
      // A reset (or a change of live progress, which recreates the data) comes first, so switches
      // sent in the same body apply to the fresh data.
      const reset = body.reset === true || 'liveProgress' in body;
      const liveProgress = 'liveProgress' in body ? validLiveProgress(body.liveProgress) : null;
      if (reset) {
        state.failNext = null;
        state.failAlways = null;
        state.delayMs = 0;
        state.delayNextList = null;
      }
      if ('failNext' in body) state.failNext = body.failNext === null ? null : validFailure(body.failNext);
      if ('failAlways' in body) state.failAlways = body.failAlways === null ? null : validFailure(body.failAlways);
      if ('delayMs' in body) state.delayMs = validDelay(body.delayMs);
      if ('delayNextListMs' in body) {
        const ms = validDelay(body.delayNextListMs);
        state.delayNextList = ms === 0 ? null : { ms, where: body.delayNextListWhere ?? {} };
      }
      return { reset, liveProgress };
    },

    /** The failure this request must answer with, if any; a `failNext` is used up by it. */
    takeFailure(/** @type {ApiRoute} */ route) {
      const always = state.failAlways;
      if (always && (always.route === undefined || always.route === route)) return always;
      const next = state.failNext;
      if (!next || (next.route !== undefined && next.route !== route)) return null;
      next.times -= 1;
      if (next.times <= 0) state.failNext = null;
      return next;
    },

    /** How long to hold this answer back; a matching `delayNextListMs` is used up by it. */
    takeDelay(/** @type {ApiRoute} */ route, params) {
      const once = state.delayNextList;
      if (route === 'list' && once && paramsMatch(params, once.where)) {
        state.delayNextList = null;
        return state.delayMs + once.ms;
      }
      return state.delayMs;
    },
  };
}
