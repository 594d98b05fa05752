/*
 * The only file that touches Radix Dialog, so swapping or upgrading the primitive stays a
 * one-file change. Parts are named after the whole; each forwards `className`, refs and unused
 * props, and Radix sets `data-state` ("open" / "closed") on the overlay and content for styling.
 */
import type * as Radix from '@radix-ui/react-dialog';

export type DialogRootProps = Radix.DialogProps;
export type DialogPortalProps = Radix.DialogPortalProps;
export type DialogOverlayProps = Radix.DialogOverlayProps;
export type DialogContentProps = Radix.DialogContentProps;
export type DialogTitleProps = Radix.DialogTitleProps;
export type DialogDescriptionProps = Radix.DialogDescriptionProps;
export type DialogCloseProps = Radix.DialogCloseProps;

// Re-exported, not assigned to consts: a host bundler then references Radix's parts directly
// instead of keeping an alias variable for each of them.
export {
  /** A button that closes the dialog. */
  Close as DialogClose,
  /** `role="dialog"`, focus trap, Escape and outside-click handling. */
  Content as DialogContent,
  /** The dialog's accessible description. */
  Description as DialogDescription,
  /** The backdrop; a click on it closes the dialog. */
  Overlay as DialogOverlay,
  /** Renders its children into `document.body` (or `container`). */
  Portal as DialogPortal,
  /** Open state and modality; renders no element. */
  Root as DialogRoot,
  /** The dialog's accessible name. */
  Title as DialogTitle,
} from '@radix-ui/react-dialog';
