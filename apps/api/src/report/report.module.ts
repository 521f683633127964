import { Module } from '@nestjs/common';
import { ActivityModule } from '../activity/activity.module.js';
import { ProductModule } from '../product/product.module.js';
import { QuestionModule } from '../question/question.module.js';
import { WerkgebiedModule } from '../werkgebied/werkgebied.module.js';
import { ReportDataService } from './report-data.service.js';
import { ReportService } from './report.service.js';

/** The atelier report (PDF and Markdown), served by `registerReport` in createApp. */
@Module({
  imports: [ActivityModule, ProductModule, QuestionModule, WerkgebiedModule],
  providers: [ReportDataService, ReportService],
  exports: [ReportService, ReportDataService],
})
export class ReportModule {}
