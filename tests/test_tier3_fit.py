"""F201 on correct tables from other offices: people reached under a benefit tier, complaints
under satisfaction, a rate of work done on time or a response time under quality and a count of
uses under a benefit tier fit their tier-2; a quality rate under 时效, a deadline under 质量, an
activity counted under a benefit tier and a satisfaction measure outside 满意度 do not. Invented."""

from __future__ import annotations

import pytest

from goalbook.frameworks import load_framework
from goalbook.model import Cell, CellRef, GoalTable, Indicator
from goalbook.rules.common import Context
from goalbook.rules.tiers import tier3_fit
from goalbook.targets import parse_target

FW = load_framework("nat-2021")
TIER1 = {"数量指标": "产出指标", "质量指标": "产出指标", "时效指标": "产出指标",
         "社会效益指标": "效益指标", "经济效益指标": "效益指标", "可持续影响指标": "效益指标",
         "服务对象满意度指标": "满意度指标"}  # fmt: skip


def _fit(tier2: str, name: str, value: str) -> list[str]:
    def cell(col: int, text: str) -> Cell:
        return Cell(CellRef("S", 3, col), text, text)

    ind = Indicator(
        3, "S", cell(1, TIER1[tier2]), cell(2, tier2), cell(3, name),
        annual=cell(4, value), annual_target=parse_target(value),
    )  # fmt: skip
    table = GoalTable(path="r.xlsx", kind="project", layout="foreign", indicators=(ind,))
    return [h.code for h in tier3_fit(Context(table, FW, 2026))]


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("社会效益指标", "居民参与全民健身活动人次", "≥8万人次"),
        ("社会效益指标", "渔业新技术推广培训", "≥1500人次"),
        ("社会效益指标", "参加非遗体验活动群众人数", "≥2000人"),
        ("服务对象满意度指标", "游客有效投诉率", "≤2%"),
        ("服务对象满意度指标", "服务对象有效投诉", "≤3件"),
        ("质量指标", "困难群众救助金按时足额发放率", "100%"),
        # a rate of work done on time, a response time: a quality of the service, as filed
        ("质量指标", "救助金按时发放率", "100%"),
        ("质量指标", "传染病疫情报告及时率", "≥98%"),
        ("质量指标", "平台平均响应时间", "≤2秒"),
        # how often a service is used, or a trip saved: no delivery counted
        ("社会效益指标", "共享数据接口调用次数", "≥5万次"),
        ("社会效益指标", "企业办事平均跑动次数", "≤1次"),
        # the people served, reported as the social benefit they are (not under 经济效益)
        ("社会效益指标", "档案查阅利用服务人次", "≥5000人次"),
        # what keeps going is a lasting effect; how often a thing is done an output
        ("可持续影响指标", "品牌赛事持续举办届数", "≥3届"),
        ("数量指标", "妇幼健康服务质量督导", "每月1次"),
    ],
)
def test_fits_its_tier2(tier2: str, name: str, value: str) -> None:
    assert _fit(tier2, name, value) == []


@pytest.mark.parametrize(
    ("tier2", "name", "value"),
    [
        ("时效指标", "监测设备到货验收合格率", "100%"),
        ("数量指标", "学员结业考核合格率", "≥95%"),
        ("社会效益指标", "游客满意度", "≥90%"),
        ("质量指标", "改造工程完成时间", "2026年10月底前"),
        ("社会效益指标", "举办惠民演出场次", "≥20场"),
        ("社会效益指标", "食品安全巡查次数", "≥24次"),
        ("经济效益指标", "就业帮扶服务人次", "≥300人次"),
        ("服务对象满意度指标", "新建健身步道长度", "≥12公里"),
    ],
)
def test_misfits_are_found(tier2: str, name: str, value: str) -> None:
    assert _fit(tier2, name, value) == ["F201"]
