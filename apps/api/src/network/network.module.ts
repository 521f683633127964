import { Module } from '@nestjs/common';
import { AtelierSpreadResolver, NetworkResolver } from './network.resolver.js';
import { NetworkService } from './network.service.js';

@Module({ providers: [NetworkService, NetworkResolver, AtelierSpreadResolver] })
export class NetworkModule {}
