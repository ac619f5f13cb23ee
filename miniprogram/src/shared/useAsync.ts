import { useCallback, useEffect, useRef, useState } from 'react'
import { errorText } from './problem'

/** Loads on mount and when `deps` change; keeps the last data while reloading; the error as text to show. */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[]) {
  const [data, setData] = useState<T | undefined>(undefined)
  const [error, setError] = useState<string | null>(null)
  const [loading, setLoading] = useState(true)
  const run = useRef(0)
  const reload = useCallback(async () => {
    const id = ++run.current
    setLoading(true)
    try {
      const value = await load()
      if (id === run.current) {
        setData(value)
        setError(null)
      }
    } catch (e) {
      if (id === run.current) setError(errorText(e))
    } finally {
      if (id === run.current) setLoading(false)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)
  useEffect(() => {
    void reload()
  }, [reload])
  return { data, setData, error, loading, reload }
}
