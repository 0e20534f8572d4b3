import { useEffect, useState } from 'react';
import { createLiveSocket, type SocketStatus } from '../../../lib/ws-client.ts';
import { applyLiveMessage, type LiveState } from '../api/live-state.ts';

export function useLiveCalls() {
  const [calls, setCalls] = useState<LiveState>(new Map());
  const [status, setStatus] = useState<SocketStatus>('connecting');
  useEffect(() => {
    const socket = createLiveSocket({
      path: '/api/live/watch',
      onMessage: (message) => setCalls((state) => applyLiveMessage(state, message)),
      onStatus: setStatus,
    });
    return () => socket.close();
  }, []);
  return { calls: [...calls.values()], status };
}
