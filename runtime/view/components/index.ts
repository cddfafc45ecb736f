// The built-in components of the render layer, by element name, and their default styles (added to
// the view's style sheet before the app's own, so the app's rules win).
import type { Builtin, BuiltinClass, ComponentHost } from './builtin.js';
import { BUTTON_CSS, ButtonComponent } from './button.js';
import { CANVAS_CSS, CanvasComponent } from './canvas.js';
import { CHECKBOX_CSS, CheckboxComponent, CheckboxGroupComponent } from './checkbox.js';
import { COVER_CSS, CoverImageComponent, CoverViewComponent } from './cover.js';
import { FORM_CSS, FormComponent } from './form.js';
import { ICON_CSS, IconComponent } from './icon.js';
import { IMAGE_CSS, ImageComponent } from './image.js';
import { INPUT_CSS, InputComponent } from './input.js';
import { LABEL_CSS, LabelComponent } from './label.js';
import { MATCH_MEDIA_CSS, MatchMediaComponent } from './match_media.js';
import { MOVABLE_CSS, MovableAreaComponent, MovableViewComponent } from './movable.js';
import { NAVIGATOR_CSS, NavigatorComponent } from './navigator.js';
import { NavigationBarComponent } from './navigation_bar.js';
import { PICKER_CSS, PickerComponent } from './picker.js';
import { PICKER_VIEW_CSS, PickerViewColumnComponent, PickerViewComponent } from './picker_view.js';
import { PROGRESS_CSS, ProgressComponent } from './progress.js';
import { RADIO_CSS, RadioComponent, RadioGroupComponent } from './radio.js';
import { RICH_TEXT_CSS, RichTextComponent } from './rich_text.js';
import { SCROLL_VIEW_CSS, ScrollViewComponent } from './scroll_view.js';
import { GridViewComponent, SKYLINE_CSS } from './skyline.js';
import { SLIDER_CSS, SliderComponent } from './slider.js';
import { SWIPER_CSS, SwiperComponent, SwiperItemComponent } from './swiper.js';
import { SWITCH_CSS, SwitchComponent } from './switch.js';
import { TEXT_CSS, TextComponent } from './text.js';
import { TEXT_FIELD_CSS } from './text_field.js';
import { TEXTAREA_CSS, TextareaComponent } from './textarea.js';
import { UNSUPPORTED, UNSUPPORTED_CSS, UNSUPPORTED_ELEMENT_CSS, UnsupportedComponent } from './unsupported.js';
import { VIDEO_CSS, VideoComponent } from './video.js';
import { VIEW_CSS, ViewComponent } from './view.js';
import { PICKER_SHEET_CSS } from '../picker_sheet.js';

const BUILTINS: Record<string, BuiltinClass> = {
  'wx-view': ViewComponent,
  'wx-text': TextComponent,
  'wx-image': ImageComponent,
  'wx-button': ButtonComponent,
  'wx-input': InputComponent,
  'wx-textarea': TextareaComponent,
  'wx-checkbox': CheckboxComponent,
  'wx-checkbox-group': CheckboxGroupComponent,
  'wx-radio': RadioComponent,
  'wx-radio-group': RadioGroupComponent,
  'wx-switch': SwitchComponent,
  'wx-slider': SliderComponent,
  'wx-picker': PickerComponent,
  'wx-picker-view': PickerViewComponent,
  'wx-picker-view-column': PickerViewColumnComponent,
  'wx-scroll-view': ScrollViewComponent,
  'wx-swiper': SwiperComponent,
  'wx-swiper-item': SwiperItemComponent,
  'wx-navigator': NavigatorComponent,
  'wx-icon': IconComponent,
  'wx-progress': ProgressComponent,
  'wx-rich-text': RichTextComponent,
  'wx-form': FormComponent,
  'wx-label': LabelComponent,
  'wx-movable-area': MovableAreaComponent,
  'wx-movable-view': MovableViewComponent,
  'wx-cover-view': CoverViewComponent,
  'wx-cover-image': CoverImageComponent,
  'wx-match-media': MatchMediaComponent,
  'wx-video': VideoComponent,
  'wx-canvas': CanvasComponent,
  'wx-navigation-bar': NavigationBarComponent,
  'wx-grid-view': GridViewComponent,
};
for (const tag of UNSUPPORTED) BUILTINS[`wx-${tag}`] = UnsupportedComponent;

/** Default styles of the built-in components. */
export const BUILTIN_CSS = [
  VIEW_CSS, TEXT_CSS, IMAGE_CSS, BUTTON_CSS, TEXT_FIELD_CSS, INPUT_CSS, TEXTAREA_CSS, CHECKBOX_CSS, RADIO_CSS, SWITCH_CSS,
  SLIDER_CSS, PICKER_CSS, PICKER_VIEW_CSS, SCROLL_VIEW_CSS, SWIPER_CSS, NAVIGATOR_CSS, ICON_CSS, PROGRESS_CSS, RICH_TEXT_CSS,
  FORM_CSS, LABEL_CSS, MOVABLE_CSS, COVER_CSS, MATCH_MEDIA_CSS, VIDEO_CSS, CANVAS_CSS, SKYLINE_CSS, UNSUPPORTED_ELEMENT_CSS, UNSUPPORTED_CSS,
  'wx-span{display:inline}wx-root-portal{display:block}wx-page-meta,wx-navigation-bar{display:none}',
  PICKER_SHEET_CSS,
].join('');

/** The built-in component for an element name, if there is one. */
export function createBuiltin(tag: string, element: HTMLElement, host: ComponentHost): Builtin | undefined {
  const Class = BUILTINS[tag];
  return Class === undefined ? undefined : new Class(element, host);
}

/** Whether an element name is a built-in component this host provides (not merely marks as unavailable). */
export function isSupported(tag: string): boolean {
  return tag in BUILTINS && BUILTINS[tag] !== UnsupportedComponent;
}
