import { HttpErrorResponse } from '@angular/common/http';
import { describeProblem } from './problem';

describe('describeProblem', () => {
  it('shows the problem title in the language asked for, with field errors', () => {
    const error = new HttpErrorResponse({
      status: 400,
      error: {
        code: 'LocalLife:Validation', title: '请求参数有误。',
        messages: { 'zh-Hans': '请求参数有误。', en: 'The request is not valid.' },
        errors: { name: ['Name is required.'] },
      },
    });

    expect(describeProblem(error, 'en')).toEqual({ title: 'The request is not valid.', details: ['name: Name is required.'], code: 'LocalLife:Validation' });
    expect(describeProblem(error, 'zh-Hans').title).toBe('请求参数有误。');
  });

  it('says the server cannot be reached when there is no response', () => {
    expect(describeProblem(new HttpErrorResponse({ status: 0 }), 'zh-Hans').title).toBe('无法连接服务器');
  });
});
