export const MAIN_CONTENT_ID = 'noi-dung-chinh';

export function SkipLink() {
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`}>
      Bỏ qua điều hướng, đến nội dung chính
    </a>
  );
}
