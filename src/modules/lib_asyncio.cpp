// `asyncio`, a single-threaded event loop written in Python and built in:
// futures, tasks, sleep, gather, wait_for, wait, as_completed, queues,
// events, locks and semaphores.  Scheduling follows CPython's order (a FIFO
// of ready callbacks, timers by deadline, a task resumed by the callbacks
// of the future it awaits), so interleavings print the same.
#include "modules/python_lib.h"

namespace glasspy {

const char* const kAsyncioSource = R"PY(
"""Asynchronous I/O (the event loop, tasks and synchronization primitives)."""

import collections as _collections
import heapq as _heapq
import time as _time
import types as _types

__all__ = ['run', 'sleep', 'gather', 'create_task', 'ensure_future', 'wait_for', 'wait',
           'as_completed', 'Future', 'Task', 'Queue', 'Event', 'Lock', 'Semaphore',
           'CancelledError', 'TimeoutError', 'InvalidStateError', 'get_event_loop',
           'get_running_loop', 'new_event_loop', 'set_event_loop', 'current_task', 'all_tasks',
           'iscoroutine', 'iscoroutinefunction', 'shield', 'QueueEmpty', 'QueueFull']


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


CancelledError.__module__ = 'asyncio.exceptions'
TimeoutError = TimeoutError


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


InvalidStateError.__module__ = 'asyncio.exceptions'


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""


_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_running_loop = None
_current_tasks = {}


class Handle:
    __slots__ = ('_callback', '_args', '_cancelled', '_when', '_seq')

    def __init__(self, callback, args, when=None, seq=0):
        self._callback = callback
        self._args = args
        self._cancelled = False
        self._when = when
        self._seq = seq

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def when(self):
        return self._when

    def _run(self):
        self._callback(*self._args)

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)


TimerHandle = Handle


class AbstractEventLoop:
    pass


class BaseEventLoop(AbstractEventLoop):
    def __init__(self):
        self._ready = _collections.deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._running = False
        self._tasks = []

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        handle = Handle(callback, args)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._seq += 1
        handle = Handle(callback, args, when, self._seq)
        _heapq.heappush(self._scheduled, handle)
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        task = Task(coro, loop=self, name=name)
        return task

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def close(self):
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def stop(self):
        self._stopping = True

    def _run_once(self):
        while self._scheduled and self._scheduled[0]._cancelled:
            _heapq.heappop(self._scheduled)
        if not self._ready and self._scheduled and not self._stopping:
            delay = self._scheduled[0]._when - self.time()
            if delay > 0:
                _time.sleep(delay)
        end_time = self.time()
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when > end_time:
                break
            _heapq.heappop(self._scheduled)
            self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_forever(self):
        global _running_loop
        if self._running:
            raise RuntimeError('This event loop is already running')
        old = _running_loop
        _running_loop = self
        self._running = True
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
                if not self._ready and not self._scheduled:
                    break
        finally:
            self._stopping = False
            self._running = False
            _running_loop = old

    def run_until_complete(self, future):
        if self._closed:
            raise RuntimeError('Event loop is closed')
        future = ensure_future(future, loop=self)
        future.add_done_callback(lambda f: self.stop())
        self.run_forever()
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def shutdown_asyncgens(self):
        return _noop()

    def get_debug(self):
        return False

    def set_debug(self, enabled):
        pass


async def _noop():
    pass


SelectorEventLoop = BaseEventLoop
_default_loop = None


def new_event_loop():
    return BaseEventLoop()


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def get_event_loop():
    global _default_loop
    if _running_loop is not None:
        return _running_loop
    if _default_loop is None or _default_loop.is_closed():
        _default_loop = new_event_loop()
    return _default_loop


def set_event_loop(loop):
    global _default_loop
    _default_loop = loop


def _get_loop(loop=None):
    if loop is not None:
        return loop
    return get_event_loop()


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = _get_loop(loop)
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def __repr__(self):
        return '<' + type(self).__name__ + ' ' + self._state.lower() + '>'

    def get_loop(self):
        return self._loop

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not ready.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(filtered)
        self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ': ' + repr(self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError(self._state + ': ' + repr(self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


_task_counter = 0


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        global _task_counter
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        _task_counter += 1
        self._name = str(name) if name is not None else 'Task-' + str(_task_counter)
        self._coro = coro
        self._fut_waiter = None
        self._must_cancel = False
        self._cancel_message = None
        self._loop.call_soon(self._step)
        self._loop._tasks.append(self)

    def __repr__(self):
        return '<Task ' + self._state.lower() + ' name=' + repr(self._name) + '>'

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancel(self, msg=None):
        if self.done():
            return False
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        coro = self._coro
        self._fut_waiter = None
        previous = _current_tasks.get(self._loop)
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = coro.send(None)
            else:
                result = coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as cancelled:
            self._cancel_message = cancelled.args[0] if cancelled.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as err:
            Future.set_exception(self, err)
            raise
        except BaseException as err:
            Future.set_exception(self, err)
        else:
            blocking = getattr(result, '_asyncio_future_blocking', None)
            if blocking is not None:
                if blocking:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
                else:
                    self._loop.call_soon(self._step, RuntimeError(
                        'yield was used instead of yield from in task ' + repr(self) + ' with ' + repr(result)))
            elif result is None:
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: ' + repr(result)))
        finally:
            _current_tasks[self._loop] = previous

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def iscoroutine(obj):
    return isinstance(obj, (_types.CoroutineType, _types.GeneratorType))


def iscoroutinefunction(func):
    code = getattr(func, '__code__', None)
    return code is not None and bool(code.co_flags & 0x180)


def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        return _get_loop(loop).create_task(coro_or_future)
    if hasattr(coro_or_future, '__await__'):
        async def _wrap(awaitable):
            return await awaitable
        return _get_loop(loop).create_task(_wrap(coro_or_future))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name)


def current_task(loop=None):
    return _current_tasks.get(loop if loop is not None else get_running_loop())


def all_tasks(loop=None):
    loop = loop if loop is not None else get_running_loop()
    return {t for t in loop._tasks if not t.done()}


@_types.coroutine
def _sleep0():
    yield


def _set_result_unless_cancelled(fut, result):
    if not fut.cancelled():
        fut.set_result(result)


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    h = loop.call_later(delay, _set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        h.cancel()


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    loop = _get_loop()
    if not coros_or_futures:
        outer = loop.create_future()
        outer.set_result([])
        return outer
    children = []
    arg_to_fut = {}
    state = {'finished': 0, 'total': 0}
    outer = None

    def _done_callback(fut):
        state['finished'] += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if state['finished'] == state['total']:
            results = []
            for child in children:
                if child.cancelled():
                    res = child._make_cancelled_error()
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for arg in coros_or_futures:
        key = id(arg)
        if key not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            loop = fut._loop
            state['total'] += 1
            arg_to_fut[key] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[key]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    fut = ensure_future(fut, loop=loop)
    if timeout <= 0:
        if fut.done():
            return fut.result()
        fut.cancel()
        raise TimeoutError()
    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    fut.add_done_callback(lambda f: _release_waiter(waiter))
    try:
        await waiter
    finally:
        timeout_handle.cancel()
    if fut.done():
        return fut.result()
    fut.cancel()
    try:
        await _wait_cancelled(fut)
    except CancelledError:
        pass
    raise TimeoutError()


async def _wait_cancelled(fut):
    try:
        await fut
    except CancelledError:
        pass


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    loop = get_running_loop()
    fs = {ensure_future(f, loop=loop) for f in set(fs)}
    waiter = loop.create_future()
    counter = [len(fs)]

    def _on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED or
                (return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None)):
            _release_waiter(waiter)

    for f in fs:
        f.add_done_callback(_on_completion)
    handle = loop.call_later(timeout, _release_waiter, waiter) if timeout is not None else None
    try:
        if not all(f.done() for f in fs):
            await waiter
    finally:
        if handle is not None:
            handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    loop = _get_loop()
    todo = [ensure_future(f, loop=loop) for f in fs]
    done_queue = _collections.deque()
    waiters = []

    def _on_completion(f):
        done_queue.append(f)
        if waiters:
            w = waiters.pop(0)
            if not w.done():
                w.set_result(None)

    for f in todo:
        f.add_done_callback(_on_completion)

    async def _wait_for_one():
        if not done_queue:
            w = loop.create_future()
            waiters.append(w)
            await w
        return done_queue.popleft().result()

    for _ in range(len(todo)):
        yield _wait_for_one()


async def shield(arg):
    return await arg


def run(main, *, debug=None):
    if _running_loop is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got ' + repr(main))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in loop._tasks if not t.done()]
            for task in pending:
                task.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
        finally:
            set_event_loop(None)
            loop.close()


class Event:
    def __init__(self):
        self._waiters = _collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Lock:
    def __init__(self):
        self._waiters = _collections.deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and not any(not w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
        finally:
            self._waiters.remove(fut)
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _collections.deque()

    def locked(self):
        return self._value == 0

    async def acquire(self):
        while self._value <= 0:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        self._value -= 1
        return True

    def release(self):
        self._value += 1
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)
                break

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


BoundedSemaphore = Semaphore


class Queue:
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._queue = _collections.deque()
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            await putter
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            await getter
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.popleft()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._queue.pop()
        self._wakeup_next(self._putters)
        return item


class PriorityQueue(Queue):
    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        _heapq.heappush(self._queue_list(), item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    def _queue_list(self):
        if not isinstance(self._queue, list):
            self._queue = list(self._queue)
        return self._queue

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = _heapq.heappop(self._queue_list())
        self._wakeup_next(self._putters)
        return item
)PY";

}  // namespace glasspy
