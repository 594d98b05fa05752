// Radix Dialog already ships this one: a function of stable identity that calls the callback of
// the last commit, for callbacks that children or effects must not depend on.
export { useCallbackRef } from '@radix-ui/react-use-callback-ref';
