import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

/**
 * Refusals (NOT_FOUND, FORBIDDEN, BAD_USER_INPUT, …) are GraphQLErrors thrown on purpose: hand them to
 * GraphQL as they are, without Nest logging each one as a server error. Anything else still reaches the
 * error formatter, which logs it with a correlation id and hides its details.
 */
@Catch(GraphQLError)
export class ExpectedErrorsFilter implements GqlExceptionFilter {
  catch(error: GraphQLError): GraphQLError {
    return error;
  }
}
