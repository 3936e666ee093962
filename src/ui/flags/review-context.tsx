/**
 * Hands the open project's review store to the flags UI. A context, like
 * the projects store's, so each test renders over its own store; the store
 * itself belongs to the projects store, which opens it with the project.
 */
import { createContext, useContext } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import type { ReviewStore, ReviewStoreState } from '../../store/review.ts';

const ReviewContext = createContext<ReviewStore | null>(null);

/** Makes `store` available to `useReview` below it. */
export function ReviewStoreProvider({
  store,
  children,
}: {
  store: ReviewStore;
  children: ReactNode;
}) {
  return <ReviewContext.Provider value={store}>{children}</ReviewContext.Provider>;
}

/** The review store itself, for actions and one-off reads. */
export function useReviewStore(): ReviewStore {
  const store = useContext(ReviewContext);
  if (!store) throw new Error('useReviewStore: no ReviewStoreProvider above this component');
  return store;
}

/** A slice of the review state; the component re-renders when the slice changes. */
export function useReview<T>(selector: (state: ReviewStoreState) => T): T {
  return useStore(useReviewStore(), selector);
}
