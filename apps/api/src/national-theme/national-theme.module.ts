import { Module } from '@nestjs/common';
import { NationalThemeResolver } from './national-theme.resolver.js';
import { NationalThemeService } from './national-theme.service.js';

@Module({ providers: [NationalThemeService, NationalThemeResolver] })
export class NationalThemeModule {}
