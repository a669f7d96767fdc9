"""部门整体 tables (one with 实施周期 and 年度 columns) and a weighted one-year project, all
correct (pm16–pm18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout211.common import ONE, book, indicators, one_year_money, wan
from tests.variants.holdout211.registry import variant
from tests.variants.kit import CN_DATE, Book, day, pct


@variant("pm16-department-fill-date", (12,), "department 2027, NAT-2021, one value column: "
         "填报日期 2026-11-18, budget and key tasks that add up, a deadline inside 2027 "
         "(correct)")  # fmt: skip
def pm16() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2027, dept="云岫市图书馆", filled=day(2026, 11, 18, CN_DATE),
        budget=[(wan(1280), wan(1200), wan(80), wan(860), wan(420))],
        tasks=[
            ("全民阅读推广", "举办阅读推广活动200场", wan(120), "惠及读者6万人次"),
            ("数字资源建设", "采购数字资源库5个", wan(180), "6月底前完成采购"),
            ("总分馆体系运行", "保障18个分馆正常开放", wan(120), "分馆正常开放"),
            ("金额合计", None, wan(420), None),
        ],
        goal="2027年举办阅读推广活动200场，保障18个分馆正常开放，新增馆藏图书3万册，"
             "读者满意度达到90%以上。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "举办阅读推广活动场次", "≥200场"),
        (None, None, "新增馆藏图书", "≥3万册"),
        (None, None, "正常开放分馆数", "≥18个"),
        (None, None, "采购数字资源库数", "≥5个"),
        (None, "质量指标", "新增图书编目准确率", "≥98%"),
        (None, "时效指标", "数字资源采购完成时间", "2027年6月30日前"),
        ("成本指标", "经济成本指标", "单场阅读推广活动费用", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "阅读推广活动惠及读者", "≥6万人次"),
        (None, "可持续影响指标", "总分馆通借通还服务", "稳定运行"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm17-department-period-columns", (8, 12), "department 2026, NAT-2021, 实施周期 "
         "(2026—2028年) and 年度 value columns: the 实施周期 deadline in 2028, 填报日期 in 2025, "
         "award standards × counts equal to the task money (correct)")  # fmt: skip
def pm17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 22, 18, 12))
    department_head(
        s, year=2026, dept="临溪县农业农村局", filled=day(2025, 12, 5),
        budget=[(wan(2350), wan(2100), wan(250), wan(1150), wan(1200))],
        tasks=[
            ("高标准农田建设", "新建高标准农田1.2万亩", wan(600), "建成后亩产提高10%以上"),
            ("农业社会化服务", "开展农业生产托管服务5万亩", wan(300), "托管服务面积5万亩"),
            ("农村户厕改造", "改造农村户厕800座", wan(300), "卫生厕所普及率88%"),
            ("金额合计", None, wan(1200), None),
        ],
        goal="2026年新建高标准农田1.2万亩，开展农业生产托管服务5万亩，改造农村户厕800座，"
             "农村卫生厕所普及率达到88%。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值（2026—2028年）",
                   "年度指标值"), [
        ("产出指标", "数量指标", "新建高标准农田面积", "≥3.6万亩", "≥1.2万亩"),
        (None, None, "农业生产托管服务面积", "≥15万亩", "≥5万亩"),
        (None, None, "改造农村户厕数", "≥2400座", "≥800座"),
        (None, "质量指标", "高标准农田建设验收合格率", pct(1), pct(1)),
        (None, "时效指标", "高标准农田建设任务完成时间", "2028年12月31日前",
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "高标准农田亩均财政补助", "≤500元/亩", "≤500元/亩"),
        (None, None, "农村户厕改造补助标准", "≤3750元/座", "≤3750元/座"),
        ("效益指标", "经济效益指标", "项目区粮食亩产增幅", "≥10%", "≥10%"),
        (None, "社会效益指标", "农村卫生厕所普及率", "≥92%", "≥88%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("pm18-weighted-one-year", (10,), "one-year 2026 project, NAT-2021, inline operators "
         "and a weight column adding to 100 (correct)")  # fmt: skip
def pm18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="家庭医生签约服务补助项目", dept="白沙河区卫生健康局（160）",
        unit="白沙河区社区卫生服务管理中心",
        money=one_year_money(wan(210), wan(180), wan(30)),
        goals=["全年为重点人群提供家庭医生签约服务3.5万人，重点人群签约率达到75%，"
               "签约居民年度健康体检完成率不低于85%。"],
    )  # fmt: skip
    indicators(s, (*ONE, "权重"), [
        ("产出指标", "数量指标", "重点人群家庭医生签约人数", "≥3.5万人", 15),
        (None, None, "开展上门随访服务人次", "≥1.2万人次", 10),
        (None, "质量指标", "签约居民年度健康体检完成率", "≥85%", 15),
        (None, "时效指标", "签约服务费季度拨付时限", "≤20个工作日", 10),
        ("成本指标", "经济成本指标", "人均签约服务财政补助标准", "≤50元/人", 10),
        ("效益指标", "社会效益指标", "重点人群家庭医生签约率", "≥75%", 15),
        (None, "可持续影响指标", "签约居民续约率", "≥80%", 15),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b
