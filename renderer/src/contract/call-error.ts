import type { ContractError } from '../../../shared/contract';

/** A failed call, carrying the contract's typed error. */
export class ContractCallError extends Error {
  constructor(readonly error: ContractError) {
    super(error.message);
    this.name = 'ContractCallError';
  }
}
