"""Export tables with columns in unusual orders: direction, operator and points columns, the
tier-3 name before its tiers, stacked projects under system codes, operators in words, notes
inside and below the table (rl13–rl18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout262.common import (
    ONE,
    book,
    indicators,
    lines,
    meta,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout262.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

POINTS = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位", "分值",
          "指标解释")  # fmt: skip
WORDS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标值设定依据")


@variant("rl13-archive-points-columns", (5, 7), "柘岭县档案馆 export, NAT-2021: nine columns "
         "(指标方向, 比较符, 指标值, 计量单位, 分值, 指标解释), tier labels with points matching "
         "the scores, a points 合计 row, 百分点, a percent cell (correct)")  # fmt: skip
def rl13() -> Book:
    b, s = book("绩效目标表", (16, 18, 26, 10, 8, 10, 10, 8, 26))
    meta(s, "柘岭县2026年项目支出绩效目标表", [
        ("项目代码", "43112526T000000420988", None, "项目名称", "档案开放鉴定及信息化利用"),
        ("主管部门", "柘岭县档案馆（417066）", None, "年度资金总额（万元）", wan(45)),
        ("其中：财政拨款", wan(45), None, "其他资金", wan(0)),
        ("年度目标", "2026年完成8000卷档案开放鉴定和20万页数字化扫描，查档平均办结时间不超过2个"
                    "工作日，档案开放率提高3个百分点以上。"),
    ], width=9)  # fmt: skip
    lines(s, [
        (1, "档案开放鉴定", "30227", "8000卷×12元/卷", wan(9.6)),
        (2, "档案数字化扫描", "30227", "20万页×0.8元/页", wan(16)),
        (3, "档案信息系统运维", "30213", "全年运维", wan(12)),
        (4, "查档大厅设备更新", "31002", "自助查询机2台等", wan(7.4)),
    ], wan(45))  # fmt: skip
    s.skip()
    indicators(s, POINTS, [
        ("产出指标（50分）", "数量指标", "开放鉴定档案", "正向", "≥", 8000, "卷", 10, None),
        (None, None, "档案数字化扫描", "正向", "≥", 20, "万页", 10, None),
        (None, None, "接待查档利用", "正向", "≥", 3000, "人次", 10, "含线上查档"),
        (None, "质量指标", "档案目录数据准确率", "正向", "≥", pct(0.99), "%", 10, "抽检"),
        (None, "时效指标", "查档利用平均办结时间", "反向", "≤", 2, "个工作日", 10, None),
        ("成本指标（10分）", "经济成本指标", "开放鉴定单卷成本", "反向", "≤", 12, "元/卷", 10,
         None),
        ("效益指标（30分）", "社会效益指标", "档案开放率提高", "正向", "≥", 3, "百分点", 15,
         "较上年"),
        (None, "可持续影响指标", "档案利用服务机制", "定性", "定性", "健全", None, 15, None),
        ("满意度指标（10分）", "服务对象满意度指标", "查档群众满意度", "正向", "≥", 90, "%",
         10, "问卷调查"),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, None, 100)
    sign(s, "滕语嫣", "石怀谷", "0743-5227391")
    return b


@variant("rl14-old-trees-name-first", (7,), "沅桥县林业局 export: 序号, then the tier-3 name "
         "before its tier-1 and tier-2 columns, a 权重 column adding to 95, a 死亡率 "
         "with ≥")  # fmt: skip
def rl14() -> Book:
    b, s = book("Sheet1", (8, 28, 14, 18, 18, 8, 18))
    meta(s, "沅桥县林业局2026年项目支出绩效目标表", [
        ("项目名称", "古树名木保护复壮", None, "项目代码", "43092326T000000208356"),
        ("年度资金总额（万元）", wan(40), None, "其中：财政拨款", wan(40)),
    ], width=7)  # fmt: skip
    lines(s, [
        (1, "古树名木健康体检", "30227", "300株×400元/株", wan(12)),
        (2, "古树复壮施工", "30227", "30株×0.6万元/株", wan(18)),
        (3, "保护牌及围栏", "30218", "300株×200元/株", wan(6)),
        (4, "日常巡查养护", "30213", "全年", wan(4)),
    ], wan(40))  # fmt: skip
    s.skip()
    header = ("序号", "三级指标", "一级指标", "二级指标", "指标值", "权重", "备注")
    indicators(s, header, [
        (1, "古树名木健康体检株数", "产出指标", "数量指标", "≥300株", 15, None),
        (2, "古树复壮株数", None, None, "≥30株", 15, None),
        (3, "复壮工程验收合格率", None, "质量指标", "≥95%", 10, None),
        (4, "复壮施工完成时间", None, "时效指标", "2026年10月31日前", 10, None),
        (5, "单株复壮成本", "成本指标", "经济成本指标", "≤0.6万元/株", 10, None),
        (6, "古树名木年死亡率", "效益指标", "生态效益指标",
         mk("≥1%", "T108", "warning", row=True, note="a 死亡率 is 反向: ≤1% meant"), 10, None),
        (7, "古树名木保护管理机制", None, "可持续影响指标", "健全", 15, "一树一档"),
        (8, "周边群众满意度", "满意度指标", "服务对象满意度指标", "≥90%", 10, None),
    ], merged=(3, 4))  # fmt: skip
    b.file_mark("W101", "error", note="15+15+10+10+10+10+15+10 = 95, not 100")
    sign(s, "舒远帆", "谭映真", "0745-6336290")
    return b


def stacked(s: Sheet, code: str, name: str, money: Sequence[Any], goal: str,
            rows: Sequence[Sequence[Any]]) -> None:  # fmt: skip
    """One project of a batch export: code and name, money (总额, 财政拨款, 其他资金), goal and
    indicator table."""
    s.row("项目代码", code, "项目名称", name, merge=[(4, 5)])
    s.row("年度资金总额（万元）", money[0], "其中：财政拨款", money[1], "其他资金", money[2])
    s.row("年度目标", goal, merge=[(2, 6)])
    indicators(s, ONE, rows)


@variant("rl15-seismic-batch-export", (2, 4, 5), "槐川县地震局 batch export: two projects "
         "stacked under system codes, abbreviated tier-2 labels (数量, 质量, 经济成本), a "
         "separator line, the same indicator with different values in each project "
         "(correct)")  # fmt: skip
def rl15() -> Book:
    b, s = book("项目绩效目标（批量导出）", (20, 16, 30, 18, 16, 14))
    s.title("槐川县地震局2026年项目支出绩效目标表（批量导出）", 6)
    stacked(s, "42056326T000000051207", "地震宏观观测点运维",
            (wan(18), wan(18), wan(0)),
            "2026年维护地震宏观观测点15个，培训群测群防员80人次，宏观异常信息24小时内上报。", [
        ("产出指标", "数量", "维护地震宏观观测点", "≥15个"),
        (None, None, "培训群测群防员", "≥80人次"),
        (None, "质量", "观测记录完整率", "≥95%"),
        (None, "时效", "宏观异常信息上报时间", "≤24小时"),
        ("成本指标", "经济成本", "单个观测点年运维成本", "≤1万元/个"),
        ("效益指标", "社会效益", "观测点周边群众防震知识知晓率", "≥75%"),
        ("满意度指标", "服务对象满意度", "群测群防员满意度", "≥90%"),
    ])  # fmt: skip
    s.row("—— 以下为第2个项目 ——", merge=[(1, 6)])
    stacked(s, "42056326T000000051311", "防震减灾科普宣传",
            (wan(12), wan(10), wan(2)),
            "2026年开展防震减灾科普进学校、进社区活动20场，培训群测群防员200人次。", [
        ("产出指标", "数量", "开展科普进学校进社区活动", "≥20场"),
        (None, None, "培训群测群防员", "≥200人次"),
        (None, "质量", "科普活动参与人员知识测试合格率", "≥85%"),
        (None, "时效", "科普活动完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本", "单场科普活动成本", "≤0.4万元/场"),
        ("效益指标", "社会效益", "公众防震减灾知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度", "活动参与群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "袁清越", "覃亦凡", "0728-4627715")
    return b


@variant("rl16-canteen-batch-defects", (2, 4), "梧冈县机关事务服务中心 batch export: two "
         "projects stacked, the first listing one indicator twice with different values, the "
         "second with a placeholder in a satisfaction value")  # fmt: skip
def rl16() -> Book:
    b, s = book("项目绩效目标", (20, 16, 30, 18, 16, 14))
    s.title("梧冈县机关事务服务中心2026年项目支出绩效目标表", 6)
    stacked(s, "52311826T000000067402", "机关食堂运行保障",
            (wan(64), wan(64), wan(0)),
            "2026年保障机关食堂日均就餐320人次，食品安全检测合格率100%，不发生食品安全事故。", [
        ("产出指标", "数量指标", "日均就餐保障人次", "≥320人次"),
        (None, None, "食材供应商资质审核", "≥12家"),
        (None, None, "日均就餐保障人次",
         mk("≥350人次", "D102", "error", row=True, alt=("D103", "D101", "D104"),
            note="the same indicator as two rows up, another value")),
        (None, "质量指标", "食材抽检合格率", "=100%"),
        ("成本指标", "经济成本指标", "人均餐费补助标准", "≤8元/人次"),
        ("效益指标", "社会效益指标", "食品安全事故发生次数", "=0次"),
        ("满意度指标", "服务对象满意度指标", "就餐干部职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    stacked(s, "52311826T000000067519", "行政办公区物业管理",
            (wan(86), wan(86), wan(0)),
            "2026年对行政办公区4.2万平方米实施保洁、安保和设施维护，物业服务满意度90%以上。", [
        ("产出指标", "数量指标", "物业服务面积", "≥4.2万平方米"),
        (None, "质量指标", "设施设备完好率", "≥95%"),
        (None, "时效指标", "报修响应时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "单位面积物业服务成本", "≤20元/平方米·年"),
        ("效益指标", "社会效益指标", "办公区安全责任事故", "=0起"),
        ("满意度指标", "服务对象满意度指标", "物业服务满意度",
         mk("≥XX%", "X101", "error", note="placeholder left from the template")),
    ])  # fmt: skip
    sign(s, "蓝书瑶", "黄亦川", "0771-8442603")
    return b


@variant("rl17-agro-weather-word-operators", (4, 5), "鹤汀县气象局, one-year project: labels "
         "1、/(1), operators in words in their own column, a 设定依据 column, a note row between "
         "the tier blocks, a date value, a 提前时间 with 大于等于, footnotes "
         "(correct)")  # fmt: skip
def rl17() -> Book:
    b, s = book("Sheet1", (16, 18, 30, 12, 12, 14, 16))
    project_head(
        s, year=2026, name="农业气象服务保障", dept="鹤汀县气象局（360421）",
        unit="鹤汀县气象台", money=one_year_money(wan(38), wan(30), wan(8)),
        goals=["2026年发布农业气象专题服务材料48期，为60家新型农业经营主体提供直通式服务，"
               "灾害性天气预警提前12小时以上，11月底前完成年度农业气候评价。"],
    )  # fmt: skip
    s.row(*WORDS)
    s.table([
        ("1、产出指标", "(1)数量指标", "发布农业气象专题服务材料", "大于等于", 48, "期",
         "计划标准"),
        (None, None, "直通式服务新型农业经营主体", "大于等于", 60, "家", "计划标准"),
        (None, "(2)质量指标", "农业气象预报准确率", "大于等于", 85, "%", "历史标准"),
        (None, "(3)时效指标", "灾害性天气预警提前时间", "大于等于", 12, "小时", "行业标准"),
        (None, None, "年度农业气候评价报告完成时间", None, "2026年11月30日前", None, "计划标准"),
    ], merged=(1, 2))  # fmt: skip
    s.row("注：成本指标按2026年服务合同单价测算，不含人员经费。", merge=[(1, 7)])
    s.table([
        ("2、成本指标", "(1)经济成本指标", "单期专题服务材料制作成本", "小于等于", 0.25, "万元/期",
         "计划标准"),
        ("3、效益指标", "(1)社会效益指标", "农户气象灾害防御知识知晓率", "大于等于", 80, "%",
         "历史标准"),
        (None, "(2)可持续影响指标", "农业气象服务体系", "定性", "健全", None, "其他标准"),
        ("4、满意度指标", "(1)服务对象满意度指标", "新型农业经营主体满意度", "大于等于", 90, "%",
         "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("备注：其他资金8万元为县农业农村局转拨的农业防灾减灾资金。", merge=[(1, 7)])
    sign(s, "封以安", "廖见山", "0796-7321066", "2025年12月2日")
    return b


@variant("rl18-archive-repository-end-early", (5,), "岚溪县档案馆, one-year project: numbered "
         "labels (1./1.1) with a 可持续影响指标 numbered under 1.产出指标, a 计划完成日期 before "
         "the 计划开始日期, a 备注 column")  # fmt: skip
def rl18() -> Book:
    b, s = book("Sheet1", (16, 20, 30, 18, 22))
    project_head(
        s, year=2026, name="档案馆库房改造", dept="岚溪县档案馆（350872）",
        unit="岚溪县档案馆", money=one_year_money(wan(72), wan(72), wan(0)),
        attr="一次性项目", start=day(2026, 4, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", note="ends before it starts"),
        goals=["2026年完成档案库房1200平方米改造，新增档案存储容量8000延长米，库房温湿度、消防、"
               "安防设施全部达到档案馆建设标准。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("1.产出指标", "1.1数量指标", "库房改造面积", "≥1200平方米", None),
        (None, None, "新增档案存储容量", "≥8000延长米", None),
        (None, "1.2质量指标", "改造工程验收合格率", "=100%", None),
        (None, "1.3时效指标", "改造工程竣工时间", "2026年11月30日前", None),
        (None, mk("1.4可持续影响指标", "F105", "error", row=True,
                  note="a tier-2 of 效益指标 numbered under 产出指标"),
         "库房设施运行维护制度", "健全", None),
        ("2.成本指标", "2.1经济成本指标", "库房单位面积改造成本", "≤550元/平方米", "含消防安防"),
        ("3.效益指标", "3.1社会效益指标", "馆藏档案安全保管条件达标率", "≥95%", None),
        ("4.满意度指标", "4.1服务对象满意度指标", "档案馆工作人员满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "欧阳晴", "梁朝声", "0598-3352718")
    return b
