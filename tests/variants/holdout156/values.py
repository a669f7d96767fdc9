"""One-year project returns whose value cells are hard to read: a 指标值 split into 比较符 │ 数值
with the unit merged over two rows, tier labels with codes (1.1, 1.1.1) or written
一级指标：产出指标, word operators (不低于, 不超过), a blank column between tier columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout156.common import merge_down, notes_sheet, sign, split_header, wan
from tests.variants.holdout156.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("nj01-split-value-unit-merged", (1, 7),
         "project, NAT-2021, 指标值 split into 比较符 │ 数值 under a two-row header, 计量单位 "
         "merged down the header and over two rate rows, grades marked 定性")  # fmt: skip
def nj01() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 30, 10, 14, 12))
    project_head(s, year=2027, name="鹭汀县农村饮水安全水质监测项目",
                 dept="鹭汀县水利局（215003）", unit="鹭汀县农村供水管理站",
                 money=[("年度资金总额", wan(48), None, None),
                        ("其中：财政拨款", wan(45), "其他资金", wan(3))],
                 goals=["完成全县86处农村供水工程水质监测，检测水样不少于1200份，按季度公开"
                        "监测结果，保障农村饮水安全。"])  # fmt: skip
    split_header(s)
    first = s.r + 1
    s.table([
        ("产出指标", "数量指标", "水质检测样品数", "≥", 1200, "份"),
        (None, None, "监测覆盖供水工程处数", "≥", 86, "处"),
        (None, "质量指标", "检测报告出具合格率", "≥", 98, "%"),
        (None, None, "实验室比对考核通过率", "≥", 95, None),
        (None, "时效指标", "水样送检至出具报告时限", "≤", 5, "工作日"),
        ("成本指标", "经济成本指标", "单份水样检测成本", "≤", 350, "元/份"),
        ("效益指标", "社会效益指标", "农村供水水质状况", "定性", "达到国家标准", None),
        (None, "可持续影响指标", "水质监测结果公开（按季度统计）", "定性", "按时公开", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    merge_down(s, 6, first + 2, first + 3)  # one % for the two rates
    sign(s, notes=["注：检测样品数含出厂水和末梢水。"], preparer="庞秀云", phone="0596-7261835",
         checker="范启东")  # fmt: skip
    return b


@variant("nj02-tier-codes", (5,),
         "project, OLD-NAT, tier labels with codes (1 产出指标, 1.1 数量指标, 1.1.1 …), word "
         "operators 不低于/不少于/不超过, a name with a note (按季度统计), a grade "
         "较上年提高")  # fmt: skip
def nj02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 18, 34, 18, 24))
    project_head(s, year=2027, name="桐川市城区河道保洁项目", dept="桐川市城市管理局（402）",
                 unit="桐川市河道管理所",
                 money=[("资金总额", wan(236), "其中：财政拨款", wan(210)),
                        ("其他资金", wan(26), None, None)],
                 goals=["对城区42公里河道实施常态化保洁和巡查，及时处置群众反映的问题，"
                        "改善城区河道水面环境。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table([
        ("1 产出指标", "1.1 数量指标", "1.1.1 河道保洁里程", "不少于42公里", "计划标准"),
        (None, None, "1.1.2 河道巡查次数（按季度统计）", "不少于90次", "历史标准"),
        (None, "1.2 质量指标", "1.2.1 水面漂浮物清理合格率", "不低于95%", "行业标准"),
        (None, "1.3 时效指标", "1.3.1 群众反映问题处置时限", "不超过3天", "计划标准"),
        (None, "1.4 成本指标", "1.4.1 每公里年保洁成本", "≤5万元/公里", "历史标准"),
        ("2 效益指标", "2.1 社会效益指标", "2.1.1 城区河道水面环境", "较上年提高", "历史标准"),
        (None, "2.2 生态效益指标", "2.2.1 水面漂浮垃圾", "明显减少", "计划标准"),
        ("3 满意度指标", "3.1 服务对象满意度指标", "3.1.1 沿河居民满意度",
         "不低于90%", "行业标准"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="贺文彬", phone="0739-5528164", checker="陶丽娟")
    return b


@variant("nj03-tier1-written-in-cell", (5, 7),
         "project, NAT-2021, tier cells written 一级指标：产出指标 / 二级指标：数量指标, header on "
         "two rows (绩效指标 merged over the tiers), 计量单位 beside the value, "
         "填报说明 sheet")  # fmt: skip
def nj03() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(22, 24, 34, 14, 12, 20))
    project_head(s, year=2027, name="岚峪区老年助餐服务补助项目", dept="岚峪区民政局（118）",
                 unit="岚峪区养老服务指导中心",
                 money=[("年度资金总额", wan(180), "其中：财政拨款", wan(150)),
                        ("其他资金", wan(30), None, None)],
                 goals=["支持24个助餐服务点运营，为辖区老年人提供助餐服务不少于9万人次，"
                        "建立助餐服务长效运营机制。"])  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", "计量单位", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    for col in (4, 5, 6):
        merge_down(s, col, s.r - 1, s.r)
    s.table([
        ("一级指标：产出指标", "二级指标：数量指标", "助餐服务点运营数", "≥24", "个", None),
        (None, None, "年度助餐服务人次", "≥90000", "人次", None),
        (None, "二级指标：质量指标", "助餐服务点食品安全抽检合格率", "≥98%", "%", None),
        (None, "二级指标：时效指标", "补助资金拨付时限（按季度统计）", "≤15", "工作日",
         "每季度结束后计"),
        ("一级指标：成本指标", "二级指标：经济成本指标", "每餐补助标准", "≤5", "元/人次", None),
        (None, None, "助餐服务点运营补助标准", "≤5", "万元/个", None),
        ("一级指标：效益指标", "二级指标：社会效益指标", "老年人就餐便利程度", "较上年提高", None,
         None),
        (None, "二级指标：可持续影响指标", "助餐服务长效运营机制", "建立并执行", None, None),
        ("一级指标：满意度指标", "二级指标：服务对象满意度指标", "就餐老年人满意度", "≥90%", "%",
         None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, preparer="邵明月", phone="0571-8832617", checker="章国平")
    notes_lines = [
        "本表由项目实施单位填写，主管部门审核后报区财政局。",
        "一级指标、二级指标按表中所列填写，三级指标由单位根据项目内容设置。",
        "指标值应当细化、量化；难以量化的，采用定性表述并分级分档。",
        "计量单位栏填写指标值的单位，比率类指标填写“%”。",
    ]
    notes_sheet(b, notes_lines)
    return b


@variant("nj04-split-value-wrong", (1, 11),
         "project, OLD-NAT, 指标值 split into 比较符 │ 数值 with % merged over two rate rows: "
         "one rate above 100 %, a 正向 count capped with ≤")  # fmt: skip
def nj04() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", widths=(14, 16, 30, 10, 14, 12))
    project_head(s, year=2027, name="青砚县计量器具强制检定项目",
                 dept="青砚县市场监督管理局（307）", unit="青砚县计量检定测试所",
                 money=[("年度资金总额", wan(36), None, None),
                        ("其中：财政拨款", wan(36), "其他资金", wan(0))],
                 goals=["完成全县在用强制检定计量器具检定5200台，培训基层计量人员，保障贸易"
                        "结算和安全防护计量准确。"])  # fmt: skip
    split_header(s)
    first = s.r + 1
    s.table([
        ("产出指标", "数量指标", "强制检定计量器具数量", "≥", 5200, "台"),
        (None, None, "基层计量人员培训人次",
         mk("≤", "T108", "warning", row=True, note="a 正向 count capped with ≤"), 300, "人次"),
        (None, "质量指标", "检定证书出具合格率", "≥",
         mk(102, "T106", "error", row=True, note="≥102 % on a 合格率"), "%"),
        (None, None, "检定数据复核率", "≥", 95, None),
        (None, "时效指标", "检定业务办结时限", "≤", 7, "工作日"),
        (None, "成本指标", "单台器具检定成本", "≤", 60, "元/台"),
        ("效益指标", "社会效益指标", "贸易结算计量纠纷件数", "≤", 10, "件"),
        (None, "可持续影响指标", "计量监管长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    merge_down(s, 6, first + 2, first + 3)
    sign(s, preparer="尹海峰", phone="0812-6604729", checker="钱素梅")
    return b


@variant("nj07-blank-column-between-tiers", (1, 5),
         "project, OLD-NAT, an empty column between 一级指标 and 二级指标, 比较符 column with a "
         "word operator (不超过), percent cells, 计量单位 column, signature line")  # fmt: skip
def nj07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 3, 16, 30, 10, 12, 14))
    project_head(s, year=2027, name="柘岭县云梯乡农村公路养护项目",
                 dept="柘岭县交通运输局（226）", unit="柘岭县云梯乡人民政府",
                 money=[("资金总额", wan(96), "其中：财政拨款", wan(80)),
                        ("其他资金", wan(16), None, None)],
                 goals=["完成云梯乡160公里农村公路日常养护和24座桥梁定期检查，及时修复路面"
                        "病害，改善群众出行条件。"])  # fmt: skip
    s.row("一级指标", None, "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", None, "数量指标", "农村公路日常养护里程", "≥", 160, "公里"),
        (None, None, None, "桥梁定期检查座数", "≥", 24, "座"),
        (None, None, "质量指标", "养护路段优良路率", "≥", pct(0.8), "%"),
        (None, None, None, "路面病害修复合格率", "≥", pct(0.95), "%"),
        (None, None, "时效指标", "路面坑槽修复时限（按季度统计）", "不超过", 3, "天"),
        (None, None, "成本指标", "每公里年养护成本", "≤", 0.5, "万元/公里"),
        ("效益指标", None, "社会效益指标", "农村群众出行条件", "定性", "较上年提高", None),
        (None, None, "可持续影响指标", "公路养护长效机制", "定性", "健全", None),
        ("满意度指标", None, "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 3))  # fmt: skip
    sign(s, preparer="黎春燕", phone="0745-3319086", checker="龙德胜", width=7)
    return b
