"""Returns with one or two planted mistakes hidden in hard-to-read cells: a total that does not
add up to its formula parts, a capped rate above 100 % in a custom format, a rate as a count, an
operator against direction, a deadline after the budget year, 中期 counts copied into 年度, an
annual count above its period count, a conflicting duplicate, a unit conflict, task amounts not
adding up to 金额合计, weights not adding up."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout61.common import (
    FBook,
    blocks,
    dropdown,
    eq,
    footer,
    ge,
    le,
    note,
    rich,
    text_number,
    wan,
)
from tests.variants.holdout61.registry import variant
from tests.variants.kit import Book, day, mk, ok

YM = 'yyyy"年"m"月"'


@variant("js12-total-against-formula", (1, 12), "project, NAT-2021: 年度资金总额 typed 520 "
         "while its parts are =400+80 and 20; a 验收合格率 "
         "shown ≥105% by its number format")  # fmt: skip
def js12() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 22, 16))
    project_head(
        s, year=2026, name="金沙县道地中药材种植示范基地建设项目", dept="金沙县农业农村局",
        unit="金沙县经济作物工作站", attr="新增项目", start=day(2026, 1, 1, YM),
        end=day(2026, 12, 31, YM),
        money=[("年度资金总额", mk(wan(520), "B101", "error",
                                   note="=400+80 (480) + 20 = 500, not 520"),
                "其中：财政拨款", wan(480)),
               (None, None, "其他资金", wan(20))],
        goals=["建设道地中药材标准化种植示范基地3200亩，带动种植户860户，"
               "种苗质量验收合格率达到100%，户均增收3000元以上。"],
    )  # fmt: skip
    b.fx(s, "E5", "=400+80", 480)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")
    blocks(s, [
        [("产出指标", "数量指标", "标准化种植示范基地面积", ge(3200, "亩"), "计划标准", None),
         (None, None, "带动种植户数", ge(860, "户"), "计划标准", None),
         (None, None, "技术培训人次", ge(1500, "人次"), "历史标准", None),
         (None, "质量指标", "种苗质量验收合格率",
          mk(ge(1.05), "T106", "error", note="shown ≥105%: a capped rate"), "行业标准", None),
         (None, None, "药材农残抽检合格率", ge(0.98), "行业标准", None),
         (None, "时效指标", "种苗发放完成时间", day(2026, 4, 30, '"≤"m"月"d"日"'), "农时要求",
          None)],
        [("成本指标", "经济成本指标", "示范基地亩均补助标准", le(1200, "元/亩"), "上级文件",
          "3200亩×1200元=384万元")],
        [("效益指标", "经济效益指标", "种植户户均增收", ge(3000, "元"), "历史标准", None),
         (None, "生态效益指标", "化学农药使用量减少比例", ge(0.15), "行业标准", None),
         (None, "可持续影响指标", "订单收购合作企业数", ge(5, "家"), "计划标准", None)],
        [("满意度指标", "服务对象满意度指标", "种植户满意度", ge(0.9), "行业标准", None)],
    ])  # fmt: skip
    footer(s, "金沙县经济作物工作站", "龙德勇", "0857-7721 3306")
    return b


@variant("js13-rate-count-direction", (1, 11), "project, OLD-NAT, one value column: a 接种率 "
         "whose format shows a count (≥5200人), a 投诉率 with ≥ in its number format")  # fmt: skip
def js13() -> Book:
    b = FBook()
    s = b.sheet("项目绩效", (14, 16, 30, 16, 18, 16))
    project_head(
        s, year=2026, name="临江区免疫规划疫苗接种服务项目", dept="临江区卫生健康局",
        unit="临江区疾病预防控制中心",
        money=[("年度资金总额", wan(268), "其中：财政拨款", wan(268)),
               (None, None, "其他资金", wan(0))],
        goals=["为辖区适龄儿童提供免疫规划疫苗接种，以乡镇为单位适龄儿童免疫规划疫苗接种率"
               "保持在95%以上，疑似预防接种异常反应规范处置率100%。"],
    )  # fmt: skip
    b.fx(s, "C5", "=E5+E6", 268)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None)
    blocks(s, [
        [("产出指标", "数量指标", "接种单位数", ge(36, "个"), None, None),
         (None, None, "接种人员培训人次", ge(420, "人次"), None, None),
         (None, None, ok("适龄儿童免疫规划疫苗接种率", note="a 接种率 under 数量 is common"),
          mk(ge(5200, "人"), "T105", "error", note="a rate shown as a count"), None, None),
         (None, "质量指标", "疑似预防接种异常反应规范处置率", eq(1), None, None),
         (None, None, "冷链设备运转正常率", ge(0.98), None, None),
         (None, "时效指标", "异常反应报告时限", le(48, "小时"), None, None),
         (None, "成本指标", "接种服务补助标准", le(12, "元/剂次"), None, "约22万剂次")],
        [("效益指标", "社会效益指标", "疫苗可预防传染病报告发病率", le(0.0005, "%", 2), None,
          None),
         (None, None, "接种服务投诉率",
          mk(ge(0.03, "%", 1), "T108", "warning", row=True,
             note="a 反向 rate with ≥ in the number format"), None, None),
         (None, "可持续影响指标", "预防接种信息化管理覆盖率", ge(0.95), None, None)],
        [("满意度指标", "服务对象满意度指标", "儿童家长满意度", ge(0.9), None, None)],
    ])  # fmt: skip
    footer(s, "临江区疾病预防控制中心", "韩露", "0716-4418 9932")
    return b


@variant("js14-deadline-after-year", (7, 9), "one-year project, NAT-2021: a deadline typed as a "
         "date with a ≤yyyy年m月d日 format in the next year; a 完成率 shown ≥101.5%")  # fmt: skip
def js14() -> Book:
    b = FBook()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 16, 16))
    project_head(
        s, year=2026, name="松岭市智慧停车诱导系统建设项目", dept="松岭市城市管理局",
        unit="松岭市市政设施服务中心", attr="一次性项目", start=day(2026, 1, 1, YM),
        end=day(2026, 12, 31, YM),
        money=[("年度资金总额", wan(735), "其中：财政拨款", wan(700)),
               (None, None, "其他资金", wan(35))],
        goals=["建成覆盖主城区的停车诱导系统，接入公共停车场120个、泊位2.6万个，"
               "年内完成系统验收并投入运行。"],
    )  # fmt: skip
    b.fx(s, "C5", "=E5+E6", 735)
    b.fx(s, "E5", "=350+350", 700)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None)
    blocks(s, [
        [("产出指标", "数量指标", "接入公共停车场数", ge(120, "个"), "计划标准", None),
         (None, None, "接入泊位数", ge(2.6, "万个", 1), "计划标准", None),
         (None, None, "诱导屏安装数量", ge(45, "块"), "计划标准", None),
         (None, "质量指标", "系统功能测试通过率", eq(1), "行业标准", None),
         (None, None, "泊位数据上传准确率", ge(0.98), "行业标准", None),
         (None, "时效指标", "系统竣工验收时间",
          mk(day(2027, 3, 31, '"≤"yyyy"年"m"月"d"日"'), "Y102", "error", alt=("Y101",),
             note="after the one-year project's end"), "计划标准", None),
         (None, None, "诱导屏安装任务完成率",
          mk(ge(1.015, "%", 1), "T106", "error", note="shown ≥101.5%"), "计划标准", None)],
        [("成本指标", "经济成本指标", "诱导屏单块安装成本", le(6.5, "万元", 1), "市场询价", None)],
        [("效益指标", "社会效益指标", "主城区平均寻泊时间", le(8, "分钟"), "历史标准", None),
         (None, None, "停车场泊位平均利用率", ge(0.7), "历史标准", None),
         (None, "可持续影响指标", "系统运维管理制度", "健全", "其他标准", None)],
        [("满意度指标", "服务对象满意度指标", "驾驶人满意度", ge(0.85), "行业标准", None)],
    ])  # fmt: skip
    footer(s, "松岭市市政设施服务中心", "邓凯", "0427-2260 5188")
    return b


@variant("js15-period-copied", (8,), "three-year project, NAT-2021, 中期 and 年度 columns with "
         "units in the format: two cumulative counts copied "
         "into 年度, one annual count above it")  # fmt: skip
def js15() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 18, 16))
    project_head(
        s, year=2026, years=3, name="雁栖区城市绿道网络建设项目", dept="雁栖区园林绿化局",
        unit="雁栖区绿道建设管理处", attr="新增项目", start=day(2026, 1, 1, YM),
        end=day(2028, 12, 31, YM),
        money=[("中期资金总额", wan(5400), "年度资金总额", wan(1800)),
               ("其中：财政拨款", wan(4800), "其中：财政拨款", wan(1600)),
               ("其他资金", wan(600), "其他资金", wan(200))],
        goals=["三年建成城市绿道90公里、驿站30处，串联公园绿地45个，绿道沿线绿化覆盖率"
               "达到80%。",
               "2026年建成绿道30公里、驿站10处，串联公园绿地15个。"],
    )  # fmt: skip
    b.fx(s, "C5", "=C6+C7", 5400)
    b.fx(s, "E5", "=E6+E7", 1800)
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    blocks(s, [
        [("产出指标", "数量指标", "新建绿道长度", ge(90, "公里"), ge(30, "公里"), None),
         (None, None, "新建绿道驿站", ge(30, "处"),
          mk(ge(30, "处"), "D202", "warning", note="period count copied"), None),
         (None, None, "串联公园绿地个数", ge(45, "个"),
          mk(ge(45, "个"), "D202", "warning", note="period count copied"), None),
         (None, None, "补植乔灌木", ge(2.4, "万株", 1),
          mk(ge(3.6, "万株", 1), "D201", "error", note="annual above period"), None),
         (None, "质量指标", "绿道工程验收合格率", eq(1), eq(1), None),
         (None, None, "苗木成活率", ge(0.95), ge(0.95), None),
         (None, "时效指标", "年度建设任务完成时间", day(2028, 12, 31, '"≤"yyyy"年"m"月"'),
          day(2026, 12, 31, '"≤"yyyy"年"m"月"'), None)],
        [("成本指标", "经济成本指标", "绿道每公里综合造价", le(52, "万元"), le(52, "万元"), None)],
        [("效益指标", "生态效益指标", "绿道沿线绿化覆盖率", ge(0.8), ge(0.75), None),
         (None, "社会效益指标", "绿道年游览人次", ge(300, "万人次"), ge(80, "万人次"), None),
         (None, "可持续影响指标", "绿道管养机制", "健全", "健全", None)],
        [("满意度指标", "服务对象满意度指标", "市民游客满意度", ge(0.9), ge(0.9), None)],
    ])  # fmt: skip
    footer(s, "雁栖区绿道建设管理处", "谢文博", "010-6962 3345")
    return b


@variant("js16-duplicate-unit-conflict", (1,), "project, OLD-NAT, 计量单位 column, rich text "
         "names: one indicator twice with different "
         "targets, an amount in 万元 against 元")  # fmt: skip
def js16() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (14, 14, 32, 18, 12, 18))
    project_head(
        s, year=2026, name="蓝田县职业技能提升补贴项目", dept="蓝田县人力资源和社会保障局",
        unit="蓝田县就业服务中心",
        money=[("年度资金总额", wan(480), "其中：财政拨款", wan(450)),
               (None, None, "其他资金", wan(30))],
        goals=["开展职业技能培训1500人次，培训合格率90%以上，补贴资金按期发放，"
               "培训后就业率达到70%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    dup = "职业技能培训人次"
    dup_mark = {"code": "D102", "severity": "error", "row": True, "alt": ("D101", "D103", "D104")}
    rows = blocks(s, [
        [("产出指标", "数量指标", mk(dup, required=False, **dup_mark), ge(1500, "人次"), "人次",
          None),
         (None, None, "培训职业（工种）数", ge(18, "个"), "个", None),
         (None, None, rich(("补贴资金", "b"), "发放金额"),
          mk(ge(350, "万元"), "T112", "error", note="万元 in the format, 元 in the column"),
          "元", None),
         (None, None, mk(dup, note="the same indicator again with another target", **dup_mark),
          ge(1200, "人次"), "人次", "新增"),
         (None, "质量指标", "培训合格率", ge(0.9), "%", None),
         (None, "时效指标", "补贴资金发放时间", le(30, "个工作日"), "个工作日", "考核后"),
         (None, "成本指标", "人均培训补贴标准", le(2800, "元/人次"), "元/人次", None)],
        [("效益指标", "社会效益指标", "培训后就业率", ge(0.7), "%", None),
         (None, None, "取得职业资格证书人数", ge(1100, "人"), "人", None),
         (None, "可持续影响指标", "培训机构动态管理机制", "健全", None, None)],
        [("满意度指标", "服务对象满意度指标", "参训人员满意度", ge(0.9), "%", None)],
    ])  # fmt: skip
    note(s, f"D{rows[2]}", "按培训合格人数据实发放")
    footer(s, "蓝田县就业服务中心", "马晓东", "029-8255 6120")
    return b


@variant("js17-department-tasks-weights", (10, 12), "department, NAT-2021, 权重 column with an "
         "empty row between tier-1 blocks: tasks not adding "
         "to 金额合计, weights summing to 95")  # fmt: skip
def js17() -> Book:
    b = FBook()
    s = b.sheet("部门整体", (16, 18, 30, 18, 14, 18))
    department_head(
        s, year=2026, dept="清屿市司法局",
        budget=[(wan(3380), wan(3300), wan(80), wan(1930), wan(1450))],
        tasks=[("公共法律服务体系建设", "村（社区）法律顾问、12348热线", wan(620),
                "法律顾问覆盖率100%"),
               ("法律援助", "办理法律援助案件", wan(480), "办理案件≥2400件"),
               ("人民调解", "矛盾纠纷排查调处", wan(300), "调解成功率≥95%"),
               ("金额合计", None, mk(wan(1450), "B102", "error",
                                    note="620 + 480 + 300 = 1400"), None)],
        goal="健全覆盖城乡的公共法律服务体系，全年办理法律援助案件2400件以上，人民调解成功率"
             "95%以上。",
    )  # fmt: skip
    b.fx(s, "B4", "=C4+D4", 3380)
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（100分）", "备注")
    rows = blocks(s, [
        [("产出指标", "数量指标", "办理法律援助案件数", ge(2400, "件"), 10, None),
         (None, None, ok("村（社区）法律顾问覆盖率", note="a 覆盖率 under 数量 is common"),
          eq(1), 10, None),
         (None, None, "人民调解案件数", ge(5600, "件"), 10, None),
         (None, "质量指标", "人民调解成功率", ge(0.95), 10, None),
         (None, None, "法律援助案件质量评查合格率", ge(0.95), 5, None),
         (None, "时效指标", "12348热线接听及时率", ge(0.95), 5, None)],
        [("成本指标", "经济成本指标", "法律援助案件平均办案补贴", le(2000, "元/件"), 10, None)],
        [("效益指标", "社会效益指标", "群众法治意识提升", "提升", 10, None),
         (None, "可持续影响指标", "公共法律服务平台运行机制", "健全", 10, None)],
        [("满意度指标", "服务对象满意度指标", "受援群众满意度", ge(0.9), 15, None)],
    ])  # fmt: skip
    tot = s.row("合计", None, None, None, None, None, merge=[(1, 4)])
    b.fx(s, f"E{tot}", f"=SUM(E{rows[0]}:E{rows[-1]})", 95, fmt=None)
    b.file_mark("W101", "error", note="the weights add up to 95 under 权重（100分）")
    footer(s, "清屿市司法局", "唐婉", "0595-2276 0318")
    return b


@variant("js18-flat-text-numbers", (3, 9, 11), "department, flat list with 比较符 and 计量单位 "
         "columns, every value typed with an apostrophe: a "
         "satisfaction ≥100 %, a 反向 rate with ≥")  # fmt: skip
def js18() -> Book:
    b = FBook()
    s = b.sheet("Sheet1", (10, 30, 12, 12, 12, 20))
    department_head(
        s, year=2026, dept="岚峰县应急管理局",
        budget=[(wan(1260), wan(1260), wan(0), wan(780), wan(480))],
        goal="防范化解重大安全风险，全年生产安全事故起数和死亡人数双下降，应急救援队伍"
             "培训演练全覆盖。",
    )  # fmt: skip
    s.row("序号", "指标名称", "比较符", "指标值", "计量单位", "备注")
    items = [
        ("安全生产执法检查企业数", "≥", "850", "家", None),
        ("隐患排查整改率", "=", "100", "%", None),
        ("应急救援队伍培训演练次数", "≥", "24", "次", None),
        ("应急物资储备库点", "≥", "12", "个", None),
        ("亿元GDP生产安全事故死亡率", "≤", "0.018", "人/亿元", None),
        ("较大及以上生产安全事故起数", "=", "0", "起", None),
        ("自然灾害预警信息发布及时率", "≥", "98", "%", None),
        (
            "工矿商贸企业安全事故发生率",
            mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"),
            "1",
            "%",
            None,
        ),
        ("灾害发生后受灾群众基本生活救助时间", "≤", "12", "小时", None),
        ("安全生产宣传覆盖人数", "≥", "12", "万人", None),
        ("企业主体满意度", "≥", "90", "%", None),
        (
            "受灾群众满意度",
            "≥",
            mk("100", "T106", "error", alt=("T114",), note="≥100% on a satisfaction"),
            "%",
            None,
        ),
    ]
    first = s.r + 1
    for i, item in enumerate(items, start=1):
        s.row(i, *item)
    for r in range(first, s.r + 1):
        text_number(s, f"D{r}")
    dropdown(s, f"C{first}:C{s.r + 5}", ["≥", "≤", "=", "＞", "＜"])
    footer(s, "岚峰县应急管理局", "林海", "0591-2780 6645")
    return b
