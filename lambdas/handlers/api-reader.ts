/**
 * Entry point of the API's read-only Lambda: API Gateway sends it the API-key tree's `GET /{proxy+}`
 * and `GET /health`, and its role may only read (tables, and OpenSearch searches). Any other method
 * is refused here too, before a route could try a write its role would be denied anyway.
 */
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { errorResponse } from '../api/http.ts';
import { handler as apiHandler } from './api.ts';

export async function handler(event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> {
  if (event.httpMethod !== 'GET')
    return errorResponse(403, 'forbidden', `${event.httpMethod}: this function serves reads only`);
  return apiHandler(event);
}
