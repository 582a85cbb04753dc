// Share buttons for the exercise island; the /share page itself is ShareView.
export { ShareAssignmentButton } from './share-assignment-button';
export { SendResultButton } from './send-result-button';
