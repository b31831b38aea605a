/**
 * The words MapLibre shows inside the map (the cooperative-gestures notice, the controls'
 * names), through msg() so they follow the element's language.
 */
import { msg } from '@lit/localize';

export function mapLocale(): Record<string, string> {
  return {
    'CooperativeGesturesHandler.WindowsHelpText': msg('Use Ctrl + scroll to zoom the map'),
    'CooperativeGesturesHandler.MacHelpText': msg('Use ⌘ + scroll to zoom the map'),
    'CooperativeGesturesHandler.MobileHelpText': msg('Use two fingers to move the map'),
    'NavigationControl.ZoomIn': msg('Zoom in'),
    'NavigationControl.ZoomOut': msg('Zoom out'),
  };
}
