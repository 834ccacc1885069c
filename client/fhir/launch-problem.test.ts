import { describe, expect, test } from 'vitest';
import { classifyLaunchProblem } from './launch-problem';

describe('classifyLaunchProblem', () => {
  test("asks for a launch when fhirclient finds no 'state' parameter (page opened directly)", () => {
    const problem = classifyLaunchProblem(new Error("No 'state' parameter found. Please (re)launch the app."), '');
    expect(problem).toEqual({ kind: 'launch-required', detail: '' });
  });

  test('asks for a launch when fhirclient finds no stored state (reloaded in a new tab)', () => {
    const problem = classifyLaunchProblem(new Error('No state found! Please (re)launch the app.'), '?state=abc');
    expect(problem.kind).toBe('launch-required');
  });

  test('reports an authorization error returned in the redirect URL, with its code and description', () => {
    const search = '?error=access_denied&error_description=The+user+denied+the+request&state=xyz';
    const problem = classifyLaunchProblem(new Error('access_denied: The user denied the request'), search);
    expect(problem).toEqual({ kind: 'authorization-denied', errorCode: 'access_denied', detail: 'The user denied the request' });
  });

  test('reports an authorization error that has only a description', () => {
    const problem = classifyLaunchProblem(new Error('x'), '?error_description=nope');
    expect(problem).toEqual({ kind: 'authorization-denied', errorCode: undefined, detail: 'nope' });
  });

  test('reports any other failure as a failed launch with the message as plain detail', () => {
    const problem = classifyLaunchProblem(new Error('Failed to obtain access token.'), '?code=c&state=s');
    expect(problem).toEqual({ kind: 'launch-failed', detail: 'Failed to obtain access token.' });
  });

  test('accepts non-Error rejections and caps the detail length', () => {
    expect(classifyLaunchProblem(undefined, '')).toEqual({ kind: 'launch-failed', detail: '' });
    expect(classifyLaunchProblem('x'.repeat(2000), '').detail).toHaveLength(500);
  });
});
