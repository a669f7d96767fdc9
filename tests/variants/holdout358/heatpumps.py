"""Shallow ground-source heat pumps (浅层地源热泵): tier labels as offices write them, header
words, a table on a second sheet, points at two levels and a date serial (vd07–vd12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout358.common import indicators, note, one_year, sign, start
from tests.variants.holdout358.registry import variant
from tests.variants.kit import Book, day, mk, pct

ONE = ("一级指标", "二级指标", "三级指标", "指标值")
PTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


@variant("vd07-tier-labels", (5, 10),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（50分）, 1.数量指标) "
         "and an indicator points column (correct)")  # fmt: skip
def vd07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="泓岱区中小学校浅层地源热泵改造项目",
                 dept="泓岱区教育体育局（226008）", unit="泓岱区教育后勤服务中心",
                 money=one_year(260, 220, 40),
                 goals=["完成320孔地埋管换热孔和8台地源热泵机组安装。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "1.数量指标", "地埋管换热孔施工数量", "≥320孔", 15),
        (None, None, "地源热泵机组安装台数", "≥8台", 15),
        (None, "2.质量指标", "换热孔回填密实合格率", "≥98%", 10),
        (None, "3.时效指标", "系统调试完成时间", "2025年10月15日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单孔地埋管施工成本", "≤0.6万元/孔", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "年节约运行费用", "≥35万元", 10),
        (None, "2.生态效益指标", "年减少二氧化碳排放量", "≥1200吨", 10),
        (None, "3.可持续影响指标", "系统设计使用年限", "≥20年", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "师生满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "池映川", "0716-3390274", day(2024, 11, 18))
    return b


@variant("vd08-labels-wrong", (5, 11),
         "project, NAT-2021, labels with ★ and * and abbreviated: a tier-2 under the wrong "
         "tier-1, a 反向 failure rate with ≥")  # fmt: skip
def vd08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沣原县农村地源热泵清洁取暖试点项目",
                 dept="沣原县农业农村局（312007）", unit="沣原县乡村建设服务中心",
                 money=one_year(520, 460, 60),
                 goals=["完成600户农户地源热泵清洁取暖改造。"])  # fmt: skip
    wrong = mk("经济效益", "F105", "error", note="经济效益 belongs under 效益指标, not 产出")
    indicators(s, ONE, [
        ("★产出指标", "*数量", "地源热泵取暖改造户数", "≥600户"),
        (None, "*质量", "地埋管系统竣工验收合格率", "≥98%"),
        (None, wrong, "户均年节约取暖费用", "≥900元/户"),
        (None, "时效", "改造工程完工时间", "2025年10月31日前"),
        ("★成本指标", "经济成本", "每户改造补助标准", "≤0.8万元/户"),
        ("★效益指标", "社会效益", "试点村清洁取暖覆盖率", "≥85%"),
        (None, "生态效益", "年减少散煤燃烧量", "≥900吨"),
        (None, "可持续影响", "热泵机组年故障率",
         mk("≥2%", "T108", "warning", row=True, note="a 故障率 is 反向: ≤2% meant")),
        ("★满意度指标", "服务对象满意度", "改造农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺知澜", "0719-6651207", day(2024, 11, 22))
    return b


@variant("vd09-header-words", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row between tiers, 说明, "
         "填表说明, signature and stamp lines (correct)")  # fmt: skip
def vd09() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霁阳市第三人民医院浅层地源热泵能源站项目",
                 dept="霁阳市卫生健康委员会（620019）", unit="霁阳市第三人民医院",
                 money=one_year(680, 600, 80),
                 goals=["建成地源热泵能源站，替代院区燃气锅炉。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "地埋管换热孔", "≥460孔"),
        (None, None, "地源热泵机组", "≥6台"),
        (None, "质量指标", "换热孔热响应测试达标率", "≥95%"),
        (None, "时效指标", "能源站投运时间", "2025年11月1日前"),
        (None, "成本指标", "单孔钻孔及埋管成本", "≤0.65万元/孔"),
    ])  # fmt: skip
    note(s, "注：换热孔数量以竣工图为准。", 4)
    s.table([
        ("效益指标", "经济效益指标", "年节约能源费用", "≥80万元"),
        (None, "生态效益指标", "年减少燃气消耗量", "≥45万立方米"),
        (None, "可持续影响指标", "能源站运行维护制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "住院患者及职工满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：成本指标按钻孔及埋管综合单价测算。", 4)
    note(s, "填表说明：指标内容按三级指标填写，绩效标准应可量化。", 4)
    sign(s, "岑望舒", "0733-8102659", day(2024, 12, 5))
    s.row("单位负责人：", "简松年", None, "（单位盖章）")
    return b


@variant("vd10-second-sheet", (7, 1),
         "project: head on the first sheet, indicator table on a second sheet under 预期实现值: "
         "a rate given as a count, =95% on a satisfaction rate")  # fmt: skip
def vd10() -> Book:
    b, s = start("项目信息")
    project_head(s, year=2025, name="泓岱区行政服务中心地源热泵改造项目",
                 dept="泓岱区机关事务管理局（226002）", unit="泓岱区行政服务中心",
                 money=one_year(240, 240, 0),
                 goals=["完成320孔地埋管换热孔施工和系统调试。"])  # fmt: skip
    note(s, "绩效指标见“绩效指标”表。")
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "地埋管换热孔钻孔数量", "≥320孔"),
        (None, "质量指标", "换热孔验收合格率",
         mk("320孔", "T105", "error", note="a 合格率 given as a count of holes")),
        (None, "时效指标", "系统调试完成时间", "2025年10月20日前"),
        (None, "成本指标", "单孔施工成本", "≤0.55万元/孔"),
        ("效益指标", "社会效益指标", "受益办公人员数", "≥600人"),
        (None, "生态效益指标", "建筑供暖能耗下降率", pct(0.25)),
        ("满意度指标", "服务对象满意度指标", "使用人员满意度",
         mk("=95%", "T107", "warning", note="=95% on a satisfaction rate means ≥95%")),
    ])  # fmt: skip
    sign(t, "蒲清越", "0716-2258430", day(2024, 11, 26))
    return b


@variant("vd11-points-two-levels", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to "
         "100, a rate raised in 百分点, 0起 on an accident count (correct)")  # fmt: skip
def vd11() -> Book:
    b, s = start()
    project_head(s, year=2025, name="漳岩市槐荫里小区地源热泵清洁取暖改造项目",
                 dept="漳岩市住房和城乡建设局（703004）", unit="漳岩市老旧小区改造办公室",
                 money=one_year(450, 380, 70),
                 goals=["改造住宅6.5万平方米，采用地源热泵供暖。"])  # fmt: skip
    indicators(s, PTS, [
        ("产出指标", 50, "数量指标", "地埋管换热孔", "≥540孔", 15),
        (None, None, None, "改造住宅建筑面积", "≥6.5万平方米", 15),
        (None, None, "质量指标", "换热孔回填合格率", "≥98%", 10),
        (None, None, "时效指标", "系统投运时间", "2025年11月10日前", 10),
        ("成本指标", 10, "经济成本指标", "单孔地埋管施工成本", "≤0.6万元/孔", 5),
        (None, None, "社会成本指标", "施工安全事故", "0起", 5),
        ("效益指标", 30, "经济效益指标", "住户取暖费用下降率", "≥15%", 10),
        (None, None, "生态效益指标", "可再生能源供暖比例提高", "≥3百分点", 10),
        (None, None, "可持续影响指标", "系统设计使用年限", "≥20年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "住户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "阮听松", "0752-4416583", day(2024, 11, 8))
    return b


@variant("vd12-points-mismatch", (10, 9),
         "project, NAT-2021, tier-1 scores against the indicator scores under them (two tiers "
         "off), a completion date pasted as an Excel serial in text")  # fmt: skip
def vd12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="朔溪市体育中心地源热泵能源站项目",
                 dept="朔溪市文化旅游体育局（815006）", unit="朔溪市体育中心",
                 money=one_year(390, 330, 60),
                 goals=["建成体育中心地源热泵能源站。"])  # fmt: skip
    indicators(s, PTS, [
        ("产出指标", mk(50, "W103", "error", note="15 + 10 + 10 + 10 = 45, not 50"),
         "数量指标", "地埋管换热孔", "≥480孔", 15),
        (None, None, "质量指标", "换热孔回填合格率", "≥98%", 10),
        (None, None, None, "机组安装验收合格率", "=100%", 10),
        (None, None, "时效指标", "系统调试完成时间",
         mk("45961", "X104", "warning", note="2025-10-31 pasted as a serial in text"), 10),
        ("成本指标", 10, "经济成本指标", "单孔地埋管施工成本", "≤0.6万元/孔", 10),
        ("效益指标", mk(30, "W103", "error", note="10 + 15 + 10 = 35, not 30"),
         "经济效益指标", "年节约运行费用", "≥40万元", 10),
        (None, None, "生态效益指标", "年减少二氧化碳排放量", "≥1500吨", 15),
        (None, None, "可持续影响指标", "系统设计使用年限", "≥20年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "场馆使用者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "郁晴川", "0761-2279046", day(2024, 11, 19))
    return b
