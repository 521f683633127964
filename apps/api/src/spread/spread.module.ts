import { Module } from '@nestjs/common';
import { AtelierLessonSpreadResolver, SpreadResolver } from './spread.resolver.js';
import { SpreadService } from './spread.service.js';

@Module({ providers: [SpreadService, SpreadResolver, AtelierLessonSpreadResolver] })
export class SpreadModule {}
