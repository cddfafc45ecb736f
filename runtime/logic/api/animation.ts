// wx.createAnimation: an Animation collects style and transform changes into steps; `export()`
// hands them over (to an element's `animation` attribute) in WeChat's shape:
//   { actions: [{ animates: [{ type, args }], option: { transition: { duration, timingFunction, delay }, transformOrigin } }] }
// Transforms carry over from one step to the next (a later step replaces a transform of the same
// type); style changes (`type: 'style'`, args [property, value]) belong to their step.

interface Animate {
  type: string;
  args: unknown[];
}

interface StepOption {
  duration?: number;
  timingFunction?: string;
  delay?: number;
  transformOrigin?: string;
}

/** A length as WeChat writes it: a number is px. */
const length = (v: unknown): unknown => (typeof v === 'number' ? `${v}px` : v);

const STYLE_LENGTHS = ['width', 'height', 'left', 'right', 'top', 'bottom'] as const;

export class Animation {
  private actions: { animates: Animate[]; option: { transition: { duration: number; timingFunction: string; delay: number }; transformOrigin: string } }[] = [];
  private transforms = new Map<string, Animate>();
  private current: Animate[] = [];
  private readonly defaults: Required<StepOption>;

  constructor(option: StepOption = {}) {
    this.defaults = {
      duration: option.duration ?? 400,
      timingFunction: option.timingFunction ?? 'linear',
      delay: option.delay ?? 0,
      transformOrigin: option.transformOrigin ?? '50% 50% 0',
    };
    for (const name of STYLE_LENGTHS) {
      (this as unknown as Record<string, (v: unknown) => Animation>)[name] = (v: unknown) => this.style(name, length(v));
    }
  }

  /** The steps so far (and no more of them: the next export starts afresh). */
  export(): { actions: Animation['actions'] } {
    const actions = this.actions;
    this.actions = [];
    return { actions };
  }

  /** Ends a step: what was set since the last one animates together, with these timings. */
  step(option: StepOption = {}): this {
    const style: Animate[] = [];
    for (const animate of this.current) {
      if (animate.type === 'style') style.push(animate);
      else this.transforms.set(animate.type, animate);
    }
    this.actions.push({
      animates: [...this.transforms.values(), ...style],
      option: {
        transition: {
          duration: option.duration ?? this.defaults.duration,
          timingFunction: option.timingFunction ?? this.defaults.timingFunction,
          delay: option.delay ?? this.defaults.delay,
        },
        transformOrigin: option.transformOrigin ?? this.defaults.transformOrigin,
      },
    });
    this.current = [];
    return this;
  }

  private add(type: string, args: unknown[]): this {
    this.current.push({ type, args });
    return this;
  }

  private style(name: string, value: unknown): this {
    return this.add('style', [name, value]);
  }

  opacity(value: number): this {
    return this.style('opacity', value);
  }
  backgroundColor(value: string): this {
    return this.style('background-color', value);
  }
  rotate(angle: number): this {
    return this.add('rotate', [angle]);
  }
  rotateX(angle: number): this {
    return this.add('rotateX', [angle]);
  }
  rotateY(angle: number): this {
    return this.add('rotateY', [angle]);
  }
  rotateZ(angle: number): this {
    return this.add('rotateZ', [angle]);
  }
  rotate3d(x: number, y: number, z: number, angle: number): this {
    return this.add('rotate3d', [x, y, z, angle]);
  }
  scale(sx: number, sy?: number): this {
    return this.add('scale', [sx, sy ?? sx]);
  }
  scaleX(s: number): this {
    return this.add('scaleX', [s]);
  }
  scaleY(s: number): this {
    return this.add('scaleY', [s]);
  }
  scaleZ(s: number): this {
    return this.add('scaleZ', [s]);
  }
  scale3d(sx: number, sy: number, sz: number): this {
    return this.add('scale3d', [sx, sy, sz]);
  }
  skew(ax: number, ay = 0): this {
    return this.add('skew', [ax, ay]);
  }
  skewX(a: number): this {
    return this.add('skewX', [a]);
  }
  skewY(a: number): this {
    return this.add('skewY', [a]);
  }
  translate(tx = 0, ty = 0): this {
    return this.add('translate', [tx, ty]);
  }
  translateX(t: number): this {
    return this.add('translateX', [t]);
  }
  translateY(t: number): this {
    return this.add('translateY', [t]);
  }
  translateZ(t: number): this {
    return this.add('translateZ', [t]);
  }
  translate3d(tx: number, ty: number, tz: number): this {
    return this.add('translate3d', [tx, ty, tz]);
  }
  matrix(a: number, b: number, c: number, d: number, tx: number, ty: number): this {
    return this.add('matrix', [a, b, c, d, tx, ty]);
  }
  matrix3d(...values: number[]): this {
    return this.add('matrix3d', values);
  }
}

export function createAnimation(option?: StepOption): Animation {
  return new Animation(option !== null && typeof option === 'object' ? option : {});
}
