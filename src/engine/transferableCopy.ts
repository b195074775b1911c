type View =
  | Int8Array | Uint8Array | Uint8ClampedArray | Int16Array | Uint16Array | Int32Array | Uint32Array
  | Float32Array | Float64Array | BigInt64Array | BigUint64Array;

function isTypedArray(value: unknown): value is View {
  return ArrayBuffer.isView(value) && !(value instanceof DataView);
}

/**
 * A deep copy of plain data in which every typed array has a buffer of its own, and the list of those
 * buffers: ready for Comlink.transfer / postMessage(value, transfer). The original is left intact, so
 * arrays a worker keeps in a cache are never detached by sending them. Arrays shared between fields
 * stay shared in the copy. Only plain objects, arrays, typed arrays and primitives are expected.
 */
export function transferableCopy<T>(value: T): { value: T; transfer: ArrayBuffer[] } {
  const copies = new Map<object, unknown>();
  const transfer: ArrayBuffer[] = [];
  const copy = (v: unknown): unknown => {
    if (typeof v !== 'object' || v === null) return v;
    const seen = copies.get(v);
    if (seen !== undefined) return seen;
    let out: unknown;
    if (isTypedArray(v)) {
      const fresh = v.slice() as View;
      transfer.push(fresh.buffer as ArrayBuffer);
      out = fresh;
    } else if (Array.isArray(v)) {
      const arr: unknown[] = [];
      copies.set(v, arr);
      for (const item of v) arr.push(copy(item));
      return arr;
    } else {
      const obj: Record<string, unknown> = {};
      copies.set(v, obj);
      for (const [k, item] of Object.entries(v)) obj[k] = copy(item);
      return obj;
    }
    copies.set(v, out);
    return out;
  };
  return { value: copy(value) as T, transfer };
}
