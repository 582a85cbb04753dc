import type { ComponentPropsWithoutRef } from 'react';
import { textOf } from './text-of';

type HeadingProps = ComponentPropsWithoutRef<'h2'>;

/**
 * A lesson heading with a "#" link to itself, shown on hover or focus. The link sits beside the
 * heading, not inside it, so the heading's accessible name stays its own text.
 */
function makeHeading(Tag: 'h2' | 'h3') {
  function LessonHeading({ id, children, ...rest }: HeadingProps) {
    return (
      <div className={`heading heading--${Tag.slice(1)}`}>
        <Tag id={id} {...rest}>
          {children}
        </Tag>
        {id ? (
          <a className="heading-anchor" href={`#${id}`} aria-label={`Liên kết tới mục: ${textOf(children).replace(/:\s*$/, '')}`}>
            #
          </a>
        ) : null}
      </div>
    );
  }
  LessonHeading.displayName = `LessonHeading(${Tag})`;
  return LessonHeading;
}

export const H2 = makeHeading('h2');
export const H3 = makeHeading('h3');
