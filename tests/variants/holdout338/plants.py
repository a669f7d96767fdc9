"""Desalination plants: capacity in tonnes a day, membrane replacement, energy per tonne."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout338.common import Y, details, indicators, one_year, sign, start
from tests.variants.holdout338.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PT_HEAD = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("uj01-plant-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 only in the "
         "number format, =100% at the ceiling, a reverse rate with ≤ (correct)")  # fmt: skip
def uj01() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=Y, name="鲸尾岛日产八千吨海水淡化厂运行维护", dept="汐澜县水务局（417）",
                 unit="汐澜县海岛供水管理站", money=one_year(560, 480, 80),
                 goals=["保障鲸尾岛海水淡化厂全年稳定运行，日均产水不低于8000吨，出厂水质全部达标，"
                        "吨水电耗控制在3.6千瓦时以内。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "日均产水量", "≥", 8000, "吨/日"),
        (None, None, "反渗透膜元件更换数量", "≥", 96, "支"),
        (None, "质量指标", "出厂水水质达标率", "=", pct(1), "%"),
        (None, None, "系统产水回收率", "≥", pct(0.42), "%"),
        (None, "时效指标", "设备故障抢修响应时间", "≤", 4, "小时"),
        ("成本指标", "经济成本指标", "膜元件单支采购成本", "≤", 0.85, "万元/支"),
        ("效益指标", "社会效益指标", "受益岛民人数", "≥", 6200, "人"),
        (None, "生态效益指标", "吨水电耗", "≤", 3.6, "千瓦时/吨"),
        (None, "可持续影响指标", "膜通量年衰减率", "≤", pct(0.15), "%"),
        ("满意度指标", "服务对象满意度指标", "岛民用水满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "殷晓帆", "0571-6638 2914")
    return b


@variant("uj02-plant-percent-wrong", (1, 11),
         "project, NAT-2021, operator and unit columns: a recovery rate typed as 105%, ≥ on the "
         "energy per tonne, a test pass rate given as a count")  # fmt: skip
def uj02() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=Y, name="沙螺岛海水淡化站扩能改造", dept="汐澜县水务局（417）",
                 unit="沙螺岛供水所", money=one_year(430, 400, 30),
                 goals=["将沙螺岛淡化站产能由每日1500吨扩至3000吨，"
                        "保障旅游旺季供水。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "新增制水能力", "≥", 1500, "吨/日"),
        (None, None, "新装高压泵", "≥", 2, "台"),
        (None, "质量指标", "系统产水回收率", "≥",
         mk(pct(1.05), "T106", "error", note="回收率不可能超过100%")),
        (None, None, "出厂水水质检测合格率", "≥",
         mk(24, "T105", "error", note="合格率写成检测次数"), "次"),
        (None, "时效指标", "改造完工时间", "≤", day(Y, 6, 30), None),
        ("成本指标", "经济成本指标", "高压泵单台购置成本", "≤", 38, "万元/台"),
        ("效益指标", "生态效益指标", "吨水电耗",
         mk("≥", "T108", "warning", row=True, note="电耗是反向指标，应为≤"), 3.8, "千瓦时/吨"),
        (None, "社会效益指标", "旺季限时供水天数", "≤", 5, "天"),
        ("满意度指标", "服务对象满意度指标", "岛民及游客用水满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "符嘉禾", "0571-6638 2051")
    return b


@variant("uj03-membrane-detail", (9, 12),
         "project, OLD-NAT, one value column, =100% typed as text, a detail block below the table "
         "adding up, unit cost × count within the money (correct)")  # fmt: skip
def uj03() -> Book:
    b, s = start("Sheet1")
    project_head(s, year=Y, name="蚝镜岛淡化厂反渗透膜元件更换", dept="蚝镜镇人民政府",
                 unit="蚝镜岛供水站", money=one_year(318, 280, 38),
                 start=day(Y, 3, 1), end=day(Y, 10, 31),
                 goals=["更换运行满五年的反渗透膜元件240支，恢复脱盐率至99.5%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "更换反渗透膜元件", "≥240支"),
        (None, "质量指标", "膜元件安装验收合格率", "=100%"),
        (None, None, "系统脱盐率", "≥99.5%"),
        (None, "时效指标", "更换完成时间", "2025年10月31日前"),
        (None, "成本指标", "膜元件单支采购成本", "≤1.05万元/支"),
        ("效益指标", "社会效益指标", "停水检修影响户数", "≤120户"),
        (None, "可持续影响指标", "新膜设计使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "受益居民满意度", "≥90%"),
    ])  # fmt: skip
    details(s, [("膜元件采购（240支）", 252), ("保安过滤器滤芯", 18.5), ("拆装及调试", 32.5),
                ("旧膜回收处置", 15)], 318)  # fmt: skip
    sign(s, "龚思远", "0571-6521 7730")
    return b


@variant("uj04-membrane-artefacts", (9, 12),
         "project, OLD-NAT, operator and unit columns: a total split by a space, an end date left "
         "as an Excel serial in a text cell, a unit cost rounded to 0")  # fmt: skip
def uj04() -> Book:
    b, s = start("项目表")
    total = mk("645.2 8", "X105", "warning", alt=("X103",), note="应为645.28（600+45.28）")
    end = mk("45961", "X104", "warning", note="日期序列号（2025-10-31）存成了文本")
    project_head(s, year=Y, name="石笋岛淡化厂膜系统及能量回收装置更新", dept="汐澜县水务局（417）",
                 unit="石笋岛供水站", money=one_year(total, 600, 45.28), end=end,
                 goals=["更新石笋岛淡化厂膜系统，"
                        "吨水电耗由4.2千瓦时降至3.5千瓦时以下。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "更换反渗透膜元件", "≥", 360, "支"),
        (None, None, "更新能量回收装置", "≥", 4, "套"),
        (None, "质量指标", "系统脱盐率", "≥", "99.3", "%"),
        (None, "时效指标", "更新完成时间", "≤", "10月31日", None),
        (None, "成本指标", "能量回收装置单套成本", "≤",
         mk("0", "T115", "error", note="单套成本四舍五入成0"), "万元/套"),
        (None, None, "膜元件单支采购成本", "≤", 1.1, "万元/支"),
        ("效益指标", "生态效益指标", "吨水电耗", "≤", 3.5, "千瓦时/吨"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", "90", "%"),
    ])  # fmt: skip
    sign(s, "钱宇澄", "0571-6521 7046")
    return b


@variant("uj05-energy-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点, a 下降率 written positive with ≥ (correct)")  # fmt: skip
def uj05() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=Y, name="鹭汀岛淡化厂节能降耗改造", dept="鹭汀乡人民政府",
                 unit="鹭汀岛供水站", money=one_year(268, 268, 0),
                 goals=["完成高压泵变频及能量回收改造，吨水电耗下降8%以上。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("产出指标", 40, "数量指标", "高压泵变频改造", "≥3台", 15),
        (None, None, None, "能量回收装置安装", "≥2套", 10),
        (None, None, "质量指标", "改造验收合格率", "100%", 10),
        (None, None, "时效指标", "改造完成时间", "≤9月30日", 5),
        ("成本指标", 20, "经济成本指标", "单台变频改造成本", "≤42万元/台", 20),
        ("效益指标", 30, "生态效益指标", "吨水电耗下降率", "≥8%", 10),
        (None, None, None, "能量回收装置综合效率提升", "≥3百分点", 10),
        (None, None, "经济效益指标", "年节约电费", "≥36万元", 10),
        ("满意度指标", 10, "服务对象满意度指标", "运维人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "阮清妍", "0571-6873 1520")
    return b


@variant("uj06-energy-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 score column against indicator scores: 效益 declared 30 over "
         "indicators adding to 25; a 社会效益指标 placed under 产出指标")  # fmt: skip
def uj06() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=Y, name="澄屿岛淡化厂光伏供能配套", dept="澄屿镇人民政府",
                 unit="澄屿岛供水站", money=one_year(390, 350, 40),
                 goals=["建设淡化厂屋顶及滩涂光伏，降低柴油发电比例和吨水能耗。"])  # fmt: skip
    indicators(s, PT_HEAD, [
        ("产出指标", 45, "数量指标", "光伏装机容量", "≥600千瓦", 15),
        (None, None, None, "储能电池组安装", "≥2组", 10),
        (None, None, mk("社会效益指标", "F105", "error", note="社会效益指标属效益指标"),
         "柴油发电机停用台数", "≥2台", 10),
        (None, None, "时效指标", "并网完成时间", "≤10月31日", 10),
        ("成本指标", 15, "经济成本指标", "光伏单位造价", "≤0.5万元/千瓦", 15),
        ("效益指标", mk(30, "W103", "error", note="其下指标分值合计25"),
         "生态效益指标", "吨水电耗", "≤3.4千瓦时/吨", 10),
        (None, None, None, "年减少柴油消耗", "≥180吨", 10),
        (None, None, "可持续影响指标", "光伏设计运行年限", "≥20年", 5),
        ("满意度指标", 10, "服务对象满意度指标", "岛民用水满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计95：由W103引起")
    sign(s, "喻承泽", "0571-6873 1187")
    return b
