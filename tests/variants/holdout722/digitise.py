"""Returns of the paper-records digitisation half: scanning, cataloguing and repair projects."""

from __future__ import annotations

from tests.variants.holdout722.common import (
    ARCHIVE,
    ONE_HEAD,
    OP_HEAD,
    TWO_HEAD,
    YEAR,
    book,
    indicators,
    money1,
    money2,
    project,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout722.registry import variant
from tests.variants.kit import Book, mk, ok, pct

CITY_ARCHIVE = "澄岭市城建档案馆"


@variant("kbd01-scan-pages", (1, 12), "project, NAT-2021, operator and unit columns, typed "
         "percent cells, a goal count with its parts in brackets (correct)")  # fmt: skip
def kbd01() -> Book:
    b, s = book()
    project(s, "城建档案数字化扫描（一期）", CITY_ARCHIVE, money1(180, 180, 0),
            ["完成馆藏1985—1999年城建档案扫描120万页（其中竣工图纸40万页、文书80万页），"
             "影像合格率不低于98%，建成数字副本库。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "档案扫描页数", "≥", 120, "万页"),
        (None, None, "竣工图纸扫描页数", "≥", 40, "万页"),
        (None, "质量指标", "扫描影像合格率", "≥", pct(0.98), "%"),
        (None, None, "影像差错率", "≤", pct(0.003, "0.0%"), "%"),
        (None, "时效指标", "扫描完成时间", "≤", "2026年11月30日", "日期"),
        ("成本指标", "经济成本指标", "扫描单价", "≤", 1.2, "元/页"),
        ("效益指标", "社会效益指标", "原件调阅次数下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "数字副本保存年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "查档单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邵以宁", "0736-5821406")
    return b


@variant("kbd02-two-year-scan", (8,), "two-year project 2026—2027, NAT-2021, 中期 and 年度 "
         "value columns, period counts above the year's, a later year prepared for "
         "(correct)")  # fmt: skip
def kbd02() -> Book:
    b, s = book()
    project(s, "建设工程档案数字化（2026—2027年）", CITY_ARCHIVE, money2(400, 180, 170, 10),
            ["两年内完成建设工程档案扫描260万页、目录著录50万条，为2028年开放网上查阅积累"
             "数字资源。", "2026年完成扫描120万页、著录22万条，影像合格率≥98%。"],
            years=2, attr="新增项目")  # fmt: skip
    indicators(s, TWO_HEAD, [
        ("产出指标", "数量指标", "档案扫描页数", "≥260万页", "≥120万页", None),
        (None, None, "档案目录著录条目", "≥50万条", "≥22万条", None),
        (None, "质量指标", "扫描影像合格率", "≥98%", "≥98%", None),
        (None, "时效指标", "阶段任务完成时间", "2027年12月31日前", "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "扫描著录综合单价", "≤1.2元/页", "≤1.2元/页", "含著录"),
        ("效益指标", "可持续影响指标", "数字化档案可在线调阅比例", "≥60%", "≥25%", None),
        ("满意度指标", "服务对象满意度指标", "用档单位满意度", "≥90%", "≥90%", None),
    ])  # fmt: skip
    sign(s, "邵以宁", "0736-5821406")
    return b


@variant("kbd03-scan-mismatch", (1, 12), "project, NAT-2021, operator column: the count differs "
         "from the goal's, a deadline a year early, a unit cost above the money")  # fmt: skip
def kbd03() -> Book:
    b, s = book()
    project(s, "区属单位移交档案数字化加工", ARCHIVE, money1(150, 150, 0),
            [ok("完成区属单位移交档案扫描120万页，2026年11月底前全部完成质检。", "warning",
                note="the goal side of the count mismatch")])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "档案扫描页数", "≥",
         mk(100, "D104", "warning", row=True, note="goal: 120万页; indicator: 100万页"), "万页"),
        (None, "质量指标", "扫描影像合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "质检完成时间", "≤",
         mk("2025年11月30日", "Y102", "error", alt=("Y103",),
            note="a deadline before the 2026 budget year; the goal says 2026年11月底"), "日期"),
        ("成本指标", "经济成本指标", "扫描单价", "≤",
         mk(1.6, "B107", "warning", row=True,
            note="1.6元/页 × 100万页 = 160万元 > 150万元 (× 120万页 = 192万元)"), "元/页"),
        ("效益指标", "社会效益指标", "原件调阅次数下降率", "≥", pct(0.25), "%"),
        ("满意度指标", "服务对象满意度指标", "移交单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "柯书岚", "0736-5821433")
    return b


@variant("kbd04-stacked-archive", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction name with different values in each (correct)")  # fmt: skip
def kbd04() -> Book:
    b, s = book("项目绩效目标")
    project(s, "馆藏声像档案数字化转换", ARCHIVE, money1(60, 50, 10),
            ["将馆藏录音磁带、录像带1800盘转换为数字文件并建立声像档案库。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "声像档案转换数量", "≥1800盘", None),
        (None, "质量指标", "转换文件可读率", "=100%", None),
        (None, "时效指标", "转换完成时间", "2026年10月31日前", None),
        (None, "成本指标", "单盘转换费用", "≤300元/盘", "1800盘×300元=54万元"),
        ("效益指标", "社会效益指标", "声像档案可利用率", "≥95%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    project(s, "破损纸质档案抢救修复", ARCHIVE, money1(45, 45, 0),
            ["修复破损档案3000卷（其中霉变1200卷、虫蛀1800卷），修复合格率100%。"],
            title="")  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "修复破损档案数量", "≥3000卷", None),
        (None, "质量指标", "修复合格率", "=100%", None),
        (None, "时效指标", "修复完成时间", "2026年12月15日前", None),
        (None, "成本指标", "单卷修复费用", "≤150元/卷", "3000卷×150元=45万元"),
        ("效益指标", "可持续影响指标", "修复档案保存寿命延长", "≥50年", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%", None),
    ])  # fmt: skip
    sign(s, "柯书岚", "0736-5821433")
    return b


@variant("kbd05-stacked-repair-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: "
         "the second's money does not add up, its count differs from its goal, a quality rate "
         "under 时效")  # fmt: skip
def kbd05() -> Book:
    b, s = book("项目绩效目标")
    project(s, "城建图纸缩微胶片数字化", CITY_ARCHIVE, money1(80, 70, 10),
            ["将缩微胶片1200卷转为数字影像，影像合格率≥98%。"])  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "缩微胶片数字化数量", "≥1200卷", None),
        (None, "质量指标", "数字影像合格率", "≥98%", None),
        (None, "时效指标", "数字化完成时间", "2026年11月30日前", None),
        (None, "成本指标", "单卷加工费用", "≤600元/卷", None),
        ("效益指标", "社会效益指标", "图纸查阅平均用时缩短", "≥50%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    rows = money1(mk(wan(60), "B101", "error", note="45 + 10 = 55 ≠ 60"), 45, 10)
    project(s, "破损档案抢救修复", ARCHIVE, rows,
            [ok("修复破损档案3000卷，修复后档案完好率≥95%。", "warning",
                note="the goal side of the count mismatch")], title="")  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "修复破损档案数量",
         mk("≥2500卷", "D104", "warning", row=True, note="goal: 3000卷"), None),
        (None, "质量指标", "修复合格率", "=100%", None),
        (None, "时效指标", mk("修复后档案完好率", "F201", "warning", row=True,
                          note="a quality rate under 时效指标"), "≥95%", None),
        (None, None, "修复完成时间", "2026年12月15日前", None),
        (None, "成本指标", "单卷修复费用", "≤150元/卷", None),
        ("效益指标", "社会效益指标", "修复档案可利用率", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "柯书岚", "0736-5821433")
    return b


@variant("kbd06-catalogue-entry", (1, 11), "project, NAT-2021, operator column, typed percent "
         "cells: the count is a tenth of the goal's, an error rate with ≥")  # fmt: skip
def kbd06() -> Book:
    b, s = book()
    project(s, "档案目录著录与数据校核", ARCHIVE, money1(90, 90, 0),
            [ok(f"{YEAR}年完成档案目录著录45万条，著录准确率不低于99%。", "warning",
                note="the goal side of the count mismatch")])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "档案目录著录条目", "≥",
         mk(4.5, "D104", "warning", row=True, note="goal: 45万条; indicator: 4.5万条"), "万条"),
        (None, "质量指标", "著录准确率", "≥", pct(0.99), "%"),
        (None, None, "著录差错率", mk("≥", "T108", "warning", row=True,
                                    note="an error rate (反向) with ≥"), pct(0.01), "%"),
        (None, "时效指标", "著录完成时间", "≤", "2026年12月20日", "日期"),
        ("成本指标", "经济成本指标", "单条著录费用", "≤", 1.8, "元/条"),
        ("效益指标", "社会效益指标", "档案检索平均用时", "≤", 5, "分钟"),
        ("满意度指标", "服务对象满意度指标", "利用者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "温启明", "0736-5821459")
    return b
