"""Returns du13–du18: county programmes spanning seed tubers and starch processing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout583.common import (
    HEAD,
    footnotes,
    indicators,
    multi_year,
    one_year,
    signature,
    start,
)
from tests.variants.holdout583.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok

DEPT = "北坨市农业农村局 520113"


def _stacked(s: Sheet, name: str, cash: tuple[int, int, int], goal: str,
             rows: Sequence[Sequence[Any]], first: bool = False) -> None:  # fmt: skip
    """One project of a stacked sheet: its head and its own indicator table."""
    if not first:
        s.skip()
    project_head(s, year=2025, name=name, dept=DEPT, unit="北坨市马铃薯产业服务中心",
                 money=one_year(*cash), goals=[goal], title=None if first else "")  # fmt: skip
    indicators(s, HEAD, rows)


@variant("du13-stacked-three", (2,), "three projects stacked in one sheet, NAT-2021, the same "
         "indicator name with other values in other projects (correct)")  # fmt: skip
def du13() -> Book:
    b, s = start()
    _stacked(s, "脱毒种薯示范推广", (90, 90, 0), "示范推广脱毒种薯1万亩，培训种植户600人次。", [
        ("产出指标", "数量指标", "示范推广面积", "≥1万亩"),
        (None, None, "种植户培训人次", "≥600人次"),
        ("成本指标", "经济成本指标", "示范田补助标准", "≤80元/亩"),
        ("效益指标", "经济效益指标", "示范田亩均增产", "≥150公斤"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ], first=True)  # fmt: skip
    _stacked(s, "淀粉加工订单收购补助", (150, 120, 30), "订单收购鲜薯2万吨，培训300人次。", [
        ("产出指标", "数量指标", "订单收购鲜薯量", "≥2万吨"),
        (None, None, "种植户培训人次", "≥300人次"),
        ("成本指标", "经济成本指标", "吨鲜薯收购补助", "≤60元"),
        ("效益指标", "经济效益指标", "订单农户户均增收", "≥600元"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip
    _stacked(s, "马铃薯贮藏窖修缮", (60, 50, 10), "修缮贮藏窖30座，入窖损耗控制在5%以内。", [
        ("产出指标", "数量指标", "贮藏窖修缮数量", "≥30座"),
        (None, "质量指标", "入窖损耗率", "≤5%"),
        ("成本指标", "经济成本指标", "单窖修缮补助", "≤2万元/座"),
        ("效益指标", "可持续影响指标", "修缮后使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "窖主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du14-template-rows", (6, 13), "project, NAT-2021: a tier-2 left from the template, "
         "a value without a name, a goal count that disagrees with its indicator")  # fmt: skip
def du14() -> Book:
    b, s = start()
    project_head(s, year=2025, name="种薯贮藏窖新建补助", dept=DEPT, unit="北坨市种子站",
                 money=one_year(240, 200, 40),
                 goals=["新建种薯贮藏窖12座，新增贮藏能力6000吨。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新建贮藏窖数量",
         mk("≥10座", "D104", "warning", row=True, note="年度目标 says 12座")),
        (None, None, "新增贮藏能力", "≥6000吨"),
        (None, "质量指标", "贮藏窖验收合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥90%"),
        ("成本指标", "经济成本指标", "单座贮藏窖补助", "≤18万元/座"),
        ("效益指标", "经济效益指标", "种薯贮藏损耗减少", "≥3百分点"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row"), None, None),
        ("满意度指标", "服务对象满意度指标", "窖主满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du15-two-year-period", (8,), "two-year project 2025–2026, NAT-2021, 中期 and 年度 "
         "columns, counts below their period, a 2026 deadline in 中期 (correct)")  # fmt: skip
def du15() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="马铃薯全粉及淀粉加工技术推广", dept=DEPT,
                 unit="北坨市农业技术推广站", attr="新增项目",
                 money=multi_year((500, 400, 100), (260, 200, 60)),
                 goals=["两年推广加工专用薯品种5万亩，扶持加工企业6家。",
                        "当年推广加工专用薯2万亩，扶持加工企业3家。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "加工专用薯推广面积", "≥5万亩", "≥2万亩"),
        (None, None, "扶持加工企业数量", "≥6家", "≥3家"),
        (None, "质量指标", "专用薯干物质含量达标率", "≥90%", "≥90%"),
        (None, "时效指标", "技术推广完成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "推广补助标准", "≤50元/亩", "≤50元/亩"),
        ("效益指标", "经济效益指标", "加工企业新增产值", "≥6000万元", "≥2500万元"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du16-marked-labels", (5,), "transfer project, OLD-NAT, labels with ★/* and "
         "abbreviations: a tier-2 under the wrong tier-1, one indicator twice")  # fmt: skip
def du16() -> Book:
    b, s = start()
    project_head(s, year=2025, name="马铃薯良种推广补助（转移支付）", dept=DEPT,
                 unit="北坨市种子站", money=one_year(400, 320, 80),
                 goals=["推广脱毒种薯5万亩，良种覆盖率提高5个百分点。"])  # fmt: skip
    indicators(s, HEAD, [
        ("★产出指标", "*数量", "脱毒种薯推广面积", "≥5万亩"),
        (None, "*质量", "推广种薯质量抽检合格率", "≥95%"),
        (None, "*成本", "推广补助标准", "≤60元/亩"),
        (None, mk("社会效益", "F105", "error", row=True, note="a 效益 tier-2 under 产出"),
         "良种覆盖率提高", "≥5百分点"),
        ("★效益指标", "经济效益", ok("脱毒种薯推广面积", note="the duplicate's name"),
         mk("≥4万亩", "D102", "error", row=True, alt=("D103", "D101"), note="5万亩 above")),
        (None, "可持续影响", "良种繁育体系运行", "持续稳定"),
        ("满意度指标（10分）", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("du17-department-money", (12, 4), "department, NAT-2021: 资金总额 ≠ 基本 + 项目支出, "
         "tasks short of 金额合计, a training count in the goal text vs its indicator")  # fmt: skip
def du17() -> Book:
    b, s = start("部门整体")
    total = mk(960, "B101", "error", note="基本支出 400 + 项目支出 540 = 940")
    department_head(s, year=2025, dept="桦沟县农业技术推广中心",
                    budget=[(total, 880, 80, 400, 540)],
                    tasks=[("脱毒种薯推广", "示范田与技术指导", 220, "示范田3000亩"),
                           ("加工专用薯培训", "种植户技术培训", 150, "培训1200人次"),
                           ("淀粉企业技术服务", "清洁生产指导", 150, "服务企业8家"),
                           ("金额合计", None, mk(540, "B102", "error",
                                                 note="220 + 150 + 150 = 520"), None)],
                    goal="示范脱毒种薯3000亩，培训种植户1200人次，服务淀粉企业8家。")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "脱毒种薯示范田面积", "≥3000亩"),
        (None, None, "种植户技术培训人次",
         mk("≥1000人次", "D104", "warning", row=True, note="goal and task say 1200人次")),
        (None, None, "服务淀粉加工企业数量", "≥8家"),
        (None, "时效指标", "培训完成时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "人均培训费用", "≤300元"),
        ("效益指标", "社会效益指标", "加工专用薯种植比例提高", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%"),
    ])  # fmt: skip
    footnotes(s, "注：金额单位为万元；培训人次按签到表统计。")
    signature(s, "常雨辰", "0735-5537082", day(2024, 11, 22))
    return b


@variant("du18-content-standard", (1, 4, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, "
         "word operators, header repeated after a page break, 填表说明 (correct)")  # fmt: skip
def du18() -> Book:
    b, s = start()
    project_head(s, year=2025, name="马铃薯淀粉企业清洁生产技术服务", dept=DEPT,
                 unit="北坨市农业技术推广站", money=one_year(120, 120, 0),
                 goals=["为20家淀粉加工企业提供清洁生产技术服务，废水达标排放。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    indicators(s, head, [
        ("产出指标", "数量指标", "技术服务企业数量", "不少于20家"),
        (None, None, "现场技术指导次数", "不少于60次"),
        (None, "质量指标", "企业废水达标排放率", "不低于95%"),
        (None, "时效指标", "服务完成时间", "2025年11月底前"),
        (None, "成本指标", "每家企业服务费用", "不超过5万元"),
    ])  # fmt: skip
    s.row("（续表）", None, None, None)
    indicators(s, head, [
        ("效益指标", "生态效益指标", "吨淀粉废水排放量下降率", "5%以上"),
        (None, "可持续影响指标", "企业清洁生产制度建立", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "服务企业满意度", "90%以上"),
    ])  # fmt: skip
    footnotes(s, "填表说明：1.绩效标准须含比较方式、数值和单位；2.定性指标按好、较好、一般填写。",
              "说明：每家企业服务费用含检测费和专家差旅费。")  # fmt: skip
    signature(s, "魏知远", "0735-5537126", day(2024, 12, 5))
    return b
