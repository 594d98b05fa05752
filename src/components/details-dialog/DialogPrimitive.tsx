/*
 * The only file that touches Radix Dialog, so swapping or upgrading the primitive stays a
 * one-file change. Parts are named after the whole; each forwards `className`, refs and unused
 * props, and Radix sets `data-state` ("open" / "closed") on the overlay and content for styling.
 */
import * as Radix from '@radix-ui/react-dialog';

export type DialogRootProps = Radix.DialogProps;
export type DialogPortalProps = Radix.DialogPortalProps;
export type DialogOverlayProps = Radix.DialogOverlayProps;
export type DialogContentProps = Radix.DialogContentProps;
export type DialogTitleProps = Radix.DialogTitleProps;
export type DialogDescriptionProps = Radix.DialogDescriptionProps;
export type DialogCloseProps = Radix.DialogCloseProps;

/** Open state and modality; renders no element. */
export const DialogRoot = Radix.Root;
/** Renders its children into `document.body` (or `container`). */
export const DialogPortal = Radix.Portal;
/** The backdrop; a click on it closes the dialog. */
export const DialogOverlay = Radix.Overlay;
/** `role="dialog"`, focus trap, Escape and outside-click handling. */
export const DialogContent = Radix.Content;
/** The dialog's accessible name. */
export const DialogTitle = Radix.Title;
/** The dialog's accessible description. */
export const DialogDescription = Radix.Description;
/** A button that closes the dialog. */
export const DialogClose = Radix.Close;
