"""Soil-sensor returns: moisture sensors, fixed monitoring plots and their money (kep07–kep12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout812.common import (
    DEPT,
    SOIL,
    YEAR,
    cash,
    header,
    indicators,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout812.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("kep07-soil-flat", (3, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "weights adding to 100, tasks adding to 项目支出 (correct)")  # fmt: skip
def soil_flat() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=SOIL, budget=[
        (cash(320), cash(300), cash(20), cash(210), cash(110))], tasks=[
        ("土壤墒情监测", "运维墒情传感器60套，发布墒情日报", cash(66), "墒情日报全年不少于300天"),
        ("耕地质量定位监测", "24个定位监测点取样化验", cash(44), "形成年度耕地质量报告"),
        ("金额合计", None, cash(110), None)],
        goal="运维墒情传感器60套、耕地质量定位监测点24个，全年发布墒情日报不少于300天，"
             "监测数据有效率95%以上，化肥使用量保持零增长。")  # fmt: skip
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("墒情传感器运行数量", 20, "套", "≥", 60),
        ("墒情日报发布天数", 15, "天", "≥", 300),
        ("监测数据有效率", 15, "%", "≥", pct(0.95)),
        ("耕地质量定位监测点", 15, "个", "≥", 24),
        ("单套传感器年运维费", 10, "万元/套", "≤", 0.6),
        ("化肥使用量增长率", 10, "%", "≤", pct(0)),
        ("种植户满意度", 15, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "说明：权重合计100；化肥使用量增长率≤0%即零增长目标。")
    sign(s, "钟砚秋", "0739-5526137")
    return b


@variant("kep08-soil-export", (7,),
         "budget-system export: money on sheet 05-1, the indicator table on sheet 05-2 under "
         "a third-row header with project codes in the first columns, header 绩效目标值 "
         "(correct)")  # fmt: skip
def soil_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14, 16))
    s.title(f"{SOIL}{YEAR}年部门项目支出预算", 6)
    s.row("项目编码", "项目名称", "资金总额（万元）", "财政拨款", "其他资金", "备注")
    s.row("417001260001", "土壤墒情监测网运维", cash(66), cash(60), cash(6), None)
    s.row("417001260002", "耕地质量定位监测", cash(44), cash(44), cash(0), None)
    s.row("合计", None, cash(110), cash(104), cash(6), None)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 16, 28, 16))
    t.title(f"{SOIL}{YEAR}年部门项目支出绩效目标", 6)
    t.row("单位：万元")
    header(t, "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    indicators(t, [
        ("417001260001", "土壤墒情监测网运维", "产出指标", "数量指标", "运维墒情传感器",
         "≥60套"),
        (None, None, None, "质量指标", "墒情数据有效率", "≥95%"),
        (None, None, None, "时效指标", "墒情日报发布时间", "每日10时前"),
        (None, None, "成本指标", "经济成本指标", "单套传感器年运维费", "≤1.1万元/套"),
        (None, None, "效益指标", "社会效益指标", "墒情信息服务种植户", "≥5000户"),
        (None, None, "满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
        ("417001260002", "耕地质量定位监测", "产出指标", "数量指标", "定位监测点取样化验",
         "≥24个"),
        (None, None, None, "质量指标", "化验结果合格率", "≥98%"),
        (None, None, None, "时效指标", "年度监测报告完成时间", "2026年12月20日前"),
        (None, None, "成本指标", "经济成本指标", "单点取样化验费", "≤1.8万元/个"),
        (None, None, "效益指标", "生态效益指标", "监测区耕地质量等级", "不下降"),
        (None, None, "满意度指标", "服务对象满意度指标", "监测点农户满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kep09-soil-points", (5, 10),
         "project, NAT-2021, tier labels with points and abbreviated tier-2, an indicator 分值 "
         "column adding to each tier's points, a rate raised in 百分点, a 下降率 with ≥, unit "
         "cost × count equal to the money (correct)")  # fmt: skip
def soil_points() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县土壤墒情智能监测示范项目", dept=DEPT, unit=SOIL,
                 attr="新增项目", money=one_year(96, 80, 16), goals=[
                     "在芦湾乡、石垄镇示范区布设墒情传感器80套（芦湾乡50套、石垄镇30套），"
                     "监测面积1.2万亩，示范区化肥使用量下降5%以上。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标（40分）", "数量", "布设墒情传感器", "≥80套", 10),
        (None, None, "示范区监测面积", "≥1.2万亩", 10),
        (None, "质量", "传感器数据有效率", "≥95%", 10),
        (None, "时效", "传感器安装完成时间", "2026年6月30日前", 10),
        ("成本指标（20分）", "经济成本", "单套传感器采购安装成本", "≤1.2万元/套", 20),
        ("效益指标（30分）", "生态效益", "示范区化肥使用量下降率", "≥5%", 10),
        (None, "社会效益", "测土配方施肥技术覆盖率", "提高≥3百分点", 10),
        (None, "经济效益", "示范区亩均节本增效", "≥60元/亩", 10),
        ("满意度指标（10分）", "服务对象满意度", "示范户满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标分值为其下各指标分值之和，合计100分；80套×1.2万元=96万元。")
    sign(s, "钟砚秋", "0739-5526137")
    return b


@variant("kep10-soil-money-wrong", (12,),
         "project, NAT-2021: 年度资金总额 ≠ 财政拨款 + 其他资金, the goal's sensor count "
         "against the indicator, a year left from an earlier season in the goal")  # fmt: skip
def soil_money_wrong() -> Book:
    b, s = start()
    goal = ("全县布设土壤墒情传感器300套，建成墒情自动监测网，"
            "确保2024年全县墒情监测点位数据到报率达到95%。")  # fmt: skip
    project_head(s, year=YEAR, name="澄穗县土壤墒情自动监测网建设项目", dept=DEPT, unit=SOIL,
                 money=one_year(mk(cash(200), "B101", "error",
                                   note="150 + 30 = 180，不是200"), 150, 30),
                 goals=[mk(goal, "Y103", "warning", alt=("Y101",),
                           note="2026年的目标写2024年的到报率，是旧年度留下的")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "布设土壤墒情传感器",
         mk("≥250套", "D104", "warning", row=True, note="年度目标写300套")),
        (None, "质量指标", "墒情数据到报率", "≥95%"),
        (None, "时效指标", "监测网建成时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "单套传感器采购安装成本", "≤0.6万元/套"),
        ("效益指标", "生态效益指标", "灌溉用水量下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟砚秋", "0739-5526137")
    return b


@variant("kep11-soil-wrong-tier", (5,),
         "project, NAT-2021, tier labels marked * and ★: a start date in the year before, a cost "
         "under 数量, a satisfaction rate under 社会效益")  # fmt: skip
def soil_wrong_tier() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县耕地土壤温湿度传感器补点项目", dept=DEPT, unit=SOIL,
                 attr="一次性项目", money=one_year(48, 48, 0),
                 start=mk(day(2025, 3, 1), "Y102", "error", alt=("Y101",),
                          note="一年期2026年项目，开始日期却在2025年"),
                 goals=["在桐坳乡补设土壤温湿度传感器60套，数据接入县墒情平台。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("*产出指标", "★数量指标", "补设土壤温湿度传感器", "≥60套"),
        (None, None, "单套传感器采购成本",
         mk("≤0.7万元/套", "F201", "warning", row=True, note="成本指标填在数量指标下")),
        (None, "★质量指标", "传感器数据有效率", "≥95%"),
        (None, "时效指标", "补点完成时间", "2026年5月31日前"),
        ("*成本指标", "经济成本指标", "传感器安装调试费", "≤0.1万元/套"),
        ("*效益指标", "社会效益指标", "墒情信息服务种植户", "≥1500户"),
        (None, None, "村级信息员对墒情服务满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        ("*满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟砚秋", "0739-5526137")
    return b


@variant("kep12-soil-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "its parts and its goal's sensor count differs from the indicator")  # fmt: skip
def soil_stacked_wrong() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澄穗县茶园墒情监测项目",
        dept=DEPT,
        unit=SOIL,
        money=one_year(30, 30, 0),
        goals=["在蒲汀镇茶园布设墒情传感器25套，墒情数据有效率95%以上。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "布设墒情传感器", "≥25套"),
        (None, "质量指标", "墒情数据有效率", "≥95%"),
        (None, "成本指标", "单套传感器成本", "≤1.2万元/套"),
        ("效益指标", "社会效益指标", "茶园墒情服务户数", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "茶农满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="澄穗县柑橘园墒情监测项目",
        dept=DEPT,
        unit=SOIL,
        title="",
        money=one_year(mk(cash(50), "B101", "error", note="40 + 5 = 45，不是50"), 40, 5),
        goals=["为石垄镇柑橘园布设土壤温湿度传感器40套，墒情数据有效率95%以上。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "布设墒情传感器",
         mk("≥30套", "D104", "warning", row=True, note="本项目年度目标写40套")),
        (None, "质量指标", "墒情数据有效率", "≥95%"),
        (None, "成本指标", "单套传感器成本", "≤1.1万元/套"),
        ("效益指标", "经济效益指标", "柑橘园亩均节水", "≥20立方米/亩"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟砚秋", "0739-5526137")
    return b
