"""Returns on several sheets or blocks: a 汇总 sheet of projects beside each project's sheet,
two stacked projects each with its list, a Shanghai form in 元, a department list in groups."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout70.common import YEAR, footer, indicators, project_money, wan
from tests.variants.holdout70.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, ok, pct


def summary(s: Sheet, lines: Sequence[Sequence[Any]], total: Sequence[Any]) -> None:
    """A 汇总 sheet: one line per project, then 合计."""
    s.title(f"{YEAR}年度项目支出绩效目标汇总表", 6)
    s.row("单位：万元", None, None, None, None, None)
    s.row("序号", "项目名称", "实施单位", "年度资金总额", "其中：财政拨款", "其他资金")
    for i, line in enumerate(lines, start=1):
        s.row(i, *line)
    s.row("合计", None, None, *total, merge=[(1, 3)])


def project_sheet(b: Book, title: str, name: str, unit: str, amounts: Sequence[float],
                  goal: str, rows: Sequence[Sequence[Any]]) -> Sheet:  # fmt: skip
    s = b.sheet(title)
    project_head(
        s, year=YEAR, name=name, dept="鹤汀县农业农村局", unit=unit,
        money=project_money(*amounts), goals=[goal],
    )  # fmt: skip
    indicators(s, rows)
    return s


FISH = [
    ("产出指标", "数量指标", "增殖放流鱼苗数量", "≥", 260, "万尾"),
    (None, None, "放流水域数量", "≥", 5, "处"),
    (None, "质量指标", "放流苗种检验检疫合格率", "=", pct(1), "%"),
    (None, "时效指标", "放流活动完成时间", "≤", f"{YEAR}年7月31日", None),
    (None, "成本指标", "鱼苗采购单价", "≤", 0.15, "元/尾"),
    ("效益指标", "生态效益指标", "放流水域水生生物多样性", "定性", "有所提升", None),
    (None, "社会效益指标", "公众参与放流活动人次", "≥", 800, "人次"),
    (None, "可持续影响指标", "禁捕水域巡护常态化", "定性", "持续开展", None),
    ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥", pct(0.9), "%"),
]

SEED = [
    ("产出指标", "数量指标", "水稻良种推广面积", "≥", 8.5, "万亩"),
    (None, None, "建设良种展示示范片", "≥", 6, "个"),
    (None, None, "开展种植技术培训", "≥", 24, "期"),
    (None, "质量指标", "推广良种纯度", "≥", pct(0.98), "%"),
    (None, "时效指标", "良种补贴发放时间", "≤", f"{YEAR}年5月31日", None),
    (None, "成本指标", "良种亩均补贴标准", "≤", 15, "元/亩"),
    ("效益指标", "经济效益指标", "示范片亩均增产", "≥", 40, "公斤"),
    (None, "社会效益指标", "受益种植户数", "≥", 9600, "户"),
    (None, "可持续影响指标", "主导品种覆盖率", "≥", pct(0.9), "%"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
]

MACHINE = [
    ("产出指标", "数量指标", "补贴购置农机具台套数", "≥", 400, "台（套）"),
    (None, None, "受益农机户数", "≥", 360, "户"),
    (None, "质量指标", "补贴机具核验率", "=", pct(1), "%"),
    (None, "时效指标", "补贴资金兑付时限", "≤", 20, "个工作日"),
    (None, "成本指标", "单台（套）平均补贴", "≤", 4650, "元/台（套）"),
    ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥", pct(0.82), "%"),
    (None, "社会效益指标", "违规套取补贴资金案件", "=", 0, "起"),
    (None, "可持续影响指标", "农机作业服务组织数量", "≥", 28, "家"),
    ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥", pct(0.9), "%"),
]


@variant("kb08-summary-sheet", (2, 12), "three projects: a 汇总 sheet whose lines match each "
         "project's own sheet (head in 万元, OLD-NAT with operator and unit columns)")  # fmt: skip
def kb08() -> Book:
    b = Book()
    s = b.sheet("汇总")
    summary(s, [
        ("鹤汀县水生生物增殖放流", "鹤汀县水产技术推广站", wan(39.0), wan(39.0), wan(0.0)),
        ("鹤汀县水稻良种推广补贴", "鹤汀县种子管理站", wan(148.0), wan(128.0), wan(20.0)),
        ("鹤汀县农机购置累加补贴", "鹤汀县农业机械化服务中心", wan(186.0), wan(186.0),
         wan(0.0)),
    ], (wan(373.0), wan(353.0), wan(20.0)))  # fmt: skip
    footer(s, "沈砚池", "0736-8120456", head="分管领导")
    project_sheet(b, "增殖放流", "鹤汀县水生生物增殖放流", "鹤汀县水产技术推广站",
                  (39.0, 39.0, 0.0),
                  "在5处重点水域放流鱼苗260万尾以上，养护水生生物资源。", FISH)  # fmt: skip
    project_sheet(b, "良种推广", "鹤汀县水稻良种推广补贴", "鹤汀县种子管理站",
                  (148.0, 128.0, 20.0),
                  "推广水稻良种8.5万亩，建设示范片6个，提高良种覆盖率和单产。",
                  SEED)  # fmt: skip
    project_sheet(b, "农机补贴", "鹤汀县农机购置累加补贴", "鹤汀县农业机械化服务中心",
                  (186.0, 186.0, 0.0),
                  "对购置丘陵山区适用农机具给予县级累加补贴，提升农业机械化水平。",
                  MACHINE)  # fmt: skip
    return b


@variant("kb16-summary-disagrees", (2, 12), "two projects: a 汇总 sheet whose line for one "
         "project disagrees with that project's own sheet (digits swapped)")  # fmt: skip
def kb16() -> Book:
    b = Book()
    s = b.sheet("项目汇总")
    summary(s, [
        ("鹤汀县水生生物增殖放流", "鹤汀县水产技术推广站",
         mk(wan(93.0), "B101", "error", alt=("B102", "D104"),
            note="the project's sheet says 39"), ok(wan(93.0), "error"), wan(0.0)),
        ("鹤汀县农机购置累加补贴", "鹤汀县农业机械化服务中心", wan(186.0), wan(186.0),
         wan(0.0)),
    ], (ok(wan(279.0), "error"), ok(wan(279.0), "error"), wan(0.0)))  # fmt: skip
    footer(s, "沈砚池", "0736-8120456", head="分管领导")
    project_sheet(b, "增殖放流", "鹤汀县水生生物增殖放流", "鹤汀县水产技术推广站",
                  (39.0, 39.0, 0.0),
                  "在5处重点水域放流鱼苗260万尾以上，养护水生生物资源。", FISH)  # fmt: skip
    project_sheet(b, "农机补贴", "鹤汀县农机购置累加补贴", "鹤汀县农业机械化服务中心",
                  (186.0, 186.0, 0.0),
                  "对购置丘陵山区适用农机具给予县级累加补贴，提升农业机械化水平。",
                  MACHINE)  # fmt: skip
    return b


@variant("kb10-department-groups", (3, 12), "department, flat indicator list (指标名称 · 指标性质 "
         "as operator · 指标值 · 单位 · 权重), key tasks in groups with 小计, 合计")  # fmt: skip
def kb10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=YEAR, dept="鹤汀县退役军人事务局",
        budget=[[wan(964.0), wan(964.0), wan(0.0), wan(212.0), wan(752.0)]],
        goal="落实退役军人和其他优抚对象优待抚恤政策，做好就业创业扶持和褒扬纪念工作。",
    )  # fmt: skip
    s.row("重点任务", "任务类别", "任务名称", "金额（万元）", "期望达到的目标", None,
          merge=[(5, 6)])  # fmt: skip
    top = s.r
    for cat, name, amount, aim in [
        ("优抚保障", "重点优抚对象定期抚恤补助", wan(468.0), "按时足额发放"),
        (None, "义务兵家庭优待金", wan(126.0), "发放至1260户"),
        (None, "小计", wan(594.0), None),
        ("服务保障", "退役军人就业创业培训", wan(64.0), "培训320人"),
        (None, "烈士纪念设施维护", wan(58.0), "维护设施11处"),
        (None, "退役军人服务站运行", wan(36.0), "覆盖14个乡镇"),
        (None, "小计", wan(158.0), None),
        ("合计", None, wan(752.0), None),
    ]:
        s.row(None, cat, name, amount, aim, None, merge=[(5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.skip()
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重")
    for i, line in enumerate(
        [
            ("优抚对象抚恤补助发放人数", "≥", 1850, "人", 10),
            ("义务兵家庭优待金发放户数", "≥", 1260, "户", 10),
            ("就业创业培训人数", "≥", 320, "人", 10),
            ("烈士纪念设施维护处数", "=", 11, "处", 8),
            ("抚恤补助按时足额发放率", "=", pct(1), "%", 10),
            ("培训后就业率", "≥", pct(0.75), "%", 8),
            ("退役军人服务站覆盖乡镇数", "=", 14, "个", 8),
            ("人均培训成本", "≤", 2000, "元/人", 8),
            ("信访事项按期办结率", "≥", pct(0.95), "%", 8),
            ("烈士纪念设施完好率", "≥", pct(0.95), "%", 10),
            ("优抚对象满意度", "≥", pct(0.9), "%", 10),
        ],
        start=1,
    ):
        s.row(i, *line)
    s.row("合计", None, None, None, None, 100)
    footer(s, "丁维扬", "0736-8133602", head="局长")
    return b


@variant("kb11-stacked-with-lists", (2, 12), "two projects stacked in one sheet, OLD-NAT, each "
         "with a detail list and a 合计 under its head, one value column")  # fmt: skip
def kb11() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    blocks = [
        (
            "桑渚县乡村文化站设备更新",
            "桑渚县文化馆",
            (72.0, 72.0, 0.0),
            "为12个乡镇综合文化站更新音响、投影和图书设备，丰富群众文化生活。",
            [("音响设备", 30.0), ("投影及显示设备", 24.0), ("图书及书架", 18.0)],
            [
                ("产出指标", "数量指标", "更新设备的文化站数", "≥12个"),
                (None, None, "配送图书册数", "≥6000册"),
                (None, "质量指标", "设备验收合格率", pct(1)),
                (None, "时效指标", "设备配送完成时间", f"{YEAR}年6月30日前"),
                (None, "成本指标", "每站设备配置费用", "≤6万元"),
                ("效益指标", "社会效益指标", "文化站年服务人次", "≥9万人次"),
                (None, "可持续影响指标", "设备使用年限", "≥5年"),
                ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
            ],
        ),
        (
            "桑渚县非遗传承人扶持",
            "桑渚县非物质文化遗产保护中心",
            (38.0, 38.0, 0.0),
            "扶持县级以上非遗代表性传承人开展传习活动，新收徒弟40名以上。",
            [("传承人传习补助", 25.2), ("传习活动场地及展演", 8.8), ("非遗影像记录", 4.0)],
            [
                ("产出指标", "数量指标", "扶持代表性传承人", "≥42人"),
                (None, None, "开展传习展演活动", "≥30场"),
                (None, None, "新收徒弟人数", "≥40人"),
                (None, "质量指标", "传习活动考核合格率", "≥95%"),
                (None, "时效指标", "传习补助发放时间", f"{YEAR}年9月30日前"),
                (None, "成本指标", "传承人年度传习补助标准", "≤6000元/人"),
                ("效益指标", "社会效益指标", "非遗项目记录建档数", "≥8项"),
                (None, "可持续影响指标", "非遗项目后继有人比例", "≥80%"),
                ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%"),
            ],
        ),
    ]
    for i, (name, unit, amounts, goal, lines, rows) in enumerate(blocks):
        if i:
            s.skip(2)
        project_head(s, year=YEAR, name=name, dept="桑渚县文化和旅游局", unit=unit,
                     money=project_money(*amounts), goals=[goal],
                     title=None if i == 0 else "")  # fmt: skip
        s.row("支出明细（万元）", "明细", None, "金额", None, None, merge=[(2, 3), (4, 6)])
        top = s.r
        for what, amount in [*lines, ("合计", amounts[0])]:
            s.row(None, what, None, wan(amount), None, None, merge=[(2, 3), (4, 6)])
        s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
        indicators(s, rows, header=("一级指标", "二级指标", "三级指标", "指标值"))
    footer(s, "钟若溪", "0736-8910347")
    return b


@variant("kb12-shanghai-yuan-list", (12,), "Shanghai form in 元: 项目总预算, 当年预算, prior "
         "year, a 项目明细 list in 元, 投入与管理 tiers, one 指标目标值 column")  # fmt: skip
def kb12() -> Book:
    b = Book()
    s = b.sheet("绩效目标")
    s.title(f"{YEAR}年度财政项目支出绩效目标表", 6)
    s.row("项目名称", "社区睦邻点建设运营", None, "主管部门", "澜平区民政局", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目实施单位", "澜平区社区服务指导中心", None, "项目类别", "经常性专项业务费", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目负责人", "施蔓青", None, "联系电话", "021-6732-4185", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目起始时间", day(YEAR, 1, 1), None, "项目结束时间", day(YEAR, 12, 31), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目总预算（元）", money(1286000, YUAN), None, "项目当年预算（元）",
          money(1286000, YUAN), None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("同名项目上年预算额（元）", money(1240000, YUAN), None, "上年预算执行数（元）",
          money(1198600, YUAN), None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目明细", "支出内容", None, "金额（元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r
    for what, amount, basis in [
        ("睦邻点运营补贴", 840000, "42个×20,000元"),
        ("睦邻点骨干培训", 126000, "6期×21,000元"),
        ("适老化设施添置", 230000, "23个×10,000元"),
        ("第三方评估", 90000, None),
        ("合计", 1286000, None),
    ]:
        s.row(None, what, None, money(amount, YUAN), basis, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("年度绩效目标", "建成并运营42个社区睦邻点，为老年人和困难家庭提供就近互助服务。", None,
          None, None, None, merge=[(2, 6)])  # fmt: skip
    s.skip()
    indicators(s, [
        ("投入与管理", "投入管理", "预算执行率", ">=95%"),
        (None, "财务管理", "资金使用合规性", "合规"),
        (None, "实施管理", "睦邻点运营管理制度", "健全"),
        ("产出目标", "数量", "运营睦邻点数量", ">=42个"),
        (None, None, "骨干培训期数", ">=6期"),
        (None, None, "添置适老化设施睦邻点数", ">=23个"),
        (None, "质量", "睦邻点星级评定达标率", ">=90%"),
        (None, "时效", "运营补贴拨付及时率", pct(1)),
        (None, "成本", "单个睦邻点年度运营补贴", "<=20000元"),
        ("效果目标", "社会效益", "睦邻点年服务居民人次", ">=50000人次"),
        (None, "满意度", "参与居民满意度", ">=90%"),
        ("影响力目标", "长效管理", "睦邻点志愿者队伍", "稳定运行"),
        (None, "信息共享", "睦邻点服务信息上网公开率", pct(1)),
    ], header=("一级目标", "二级目标", "三级目标", "指标目标值"))  # fmt: skip
    footer(s, "施蔓青", "021-67324185")
    return b
