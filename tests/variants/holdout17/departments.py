"""部门整体支出绩效目标表 of environment, water and forestry bureaus: a budget block, a 年度主要
任务 block (任务名称 · 主要内容 · 预算金额 总额/财政拨款/其他资金) before the indicators."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout17.common import AMOUNT, notes, signature
from tests.variants.holdout17.registry import variant
from tests.variants.kit import WAN, Book, C, Sheet, day, mk, pct

W7 = (14, 18, 34, 16, 16, 16, 20)


def _m(value: float) -> C:
    return C(value, AMOUNT)


def _budget(s: Sheet, row: Sequence[Any]) -> None:
    s.row("年度预算（万元）", "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出", None)
    s.row(None, *row, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)


def _tasks(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    """The task block with a two-line header: 预算金额 over 总额 / 财政拨款 / 其他资金."""
    s.row("年度主要任务", "任务名称", "主要内容", "预算金额（万元）", None, None, "备注",
          merge=[(4, 6)])  # fmt: skip
    top = s.r
    s.row(None, None, None, "总额", "财政拨款", "其他资金", None)
    s.ws.merge_cells(start_row=top, start_column=2, end_row=s.r, end_column=2)
    s.ws.merge_cells(start_row=top, start_column=3, end_row=s.r, end_column=3)
    s.ws.merge_cells(start_row=top, start_column=7, end_row=s.r, end_column=7)
    for line in rows:
        s.row(None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("ia05-eco-bureau-ok", (4, 12),
         "部门整体, 生态环境局, NAT-2021: budget block consistent both ways, five tasks "
         "with 总额/财政拨款/其他资金 adding to 项目支出, PM2.5 ≤30, footnotes")  # fmt: skip
def eco_bureau_ok() -> Book:
    b = Book()
    s = b.sheet("部门整体绩效目标", W7)
    s.title("青屿市生态环境局2026年度部门整体支出绩效目标表", 7)
    s.row("部门（单位）名称", "青屿市生态环境局", None, "部门编码", "318001", "填报日期",
          day(2025, 11, 12), merge=[(2, 3)])  # fmt: skip
    _budget(s, (_m(5846.2), _m(5526.2), _m(320), _m(2108.6), _m(3737.6)))
    _tasks(s, [
        ("大气污染防治", "工业炉窑和挥发性有机物综合治理、老旧柴油货车淘汰、扬尘监管",
         _m(1260), _m(1180), _m(80), None),
        ("水污染防治及流域保护", "入河排污口排查整治、饮用水水源地规范化建设、国考断面水质保障",
         _m(1085.4), _m(1085.4), _m(0), None),
        ("土壤污染防治与固废管理", "受污染耕地安全利用、重点监管单位隐患排查、危险废物规范化管理",
         _m(642.2), _m(522.2), _m(120), "其他资金为上级专项结转"),
        ("生态环境监测能力建设", "空气自动站运维、地表水自动站运维、监测设备更新",
         _m(530), _m(470), _m(60), None),
        ("环境执法与督察整改", "双随机执法检查、中央和省级督察反馈问题整改",
         _m(220), _m(160), _m(60), None),
        ("金额合计", None, _m(3737.6), _m(3417.6), _m(320), "与项目支出一致"),
    ])  # fmt: skip
    s.row("年度整体绩效目标", "目标1：全市空气质量优良天数比例达到88.5%以上，PM2.5年均浓度控制在"
          "30微克/立方米以内；目标2：国考断面水质优良比例不低于90%，县级以上集中式饮用水水源地"
          "水质达标率100%；目标3：受污染耕地安全利用率达到93%以上。", merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "指标值说明", None,
          merge=[(4, 5), (6, 7)])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "空气自动监测站运维数量", "≥18个", None, None, None),
        (None, None, "重点排污单位执法检查", "≥320家次", None, "双随机抽查", None),
        (None, None, "土壤环境质量监测点位", "≥120个", None, None, None),
        (None, "质量指标", "自动监测数据有效率", "≥95%", None, None, None),
        (None, None, "环境信访件按期办结率", pct(1), None, None, None),
        (None, "时效指标", "突发环境事件应急响应时间", "≤2小时", None, None, None),
        (None, None, "建设项目环评审批时限", "≤30个工作日", None, "法定时限内压缩", None),
        ("成本指标", "经济成本指标", "单个空气自动站年运维费用", "≤12万元/站", None, None, None),
        ("效益指标", "生态效益指标", "空气质量优良天数比例", "≥88.5%", None, None, None),
        (None, None, "PM2.5年均浓度", "≤30微克/立方米", None, "反向指标", None),
        (None, None, "国考断面水质优良比例", "≥90%", None, None, None),
        (None, None, "受污染耕地安全利用率", "≥93%", None, None, None),
        (None, "社会效益指标", "环境违法案件依法查处率", "=100%", None, None, None),
        (None, None, "公众生态环境保护意识", "有效提升", None, "问卷调查", None),
        (None, "可持续影响指标", "全市生态环境质量", "持续改善", None, None, None),
        ("满意度指标", "服务对象满意度指标", "公众对生态环境满意度", "≥88%", None, None, None),
    ]
    for r in rows:
        s.row(*r, merge=[(4, 5), (6, 7)])
    for col in (1, 2):  # the tier labels merged down their blocks, as the office laid them out
        first = s.r - len(rows) + 1
        _merge_blocks(s, first, [r[col - 1] for r in rows], col)
    notes(s, ["注：1. 本表金额单位为万元；2. 反向指标的指标值为上限；",
              "3. 指标值依据《青屿市“十四五”生态环境保护规划》"
              "和2026年省下达目标任务。"], 7)  # fmt: skip
    signature(s, filled=(2025, 11, 12), person="秦可馨", phone="0795-7102 6613",
              reviewer="韩立群")  # fmt: skip
    return b


def _merge_blocks(s: Sheet, first: int, labels: Sequence[Any], col: int) -> None:
    """Merge a label column down each block (a label, then Nones), the label in the anchor."""
    start = first
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] is not None:
            end = first + i - 1
            if end > start:
                s.ws.merge_cells(start_row=start, start_column=col, end_row=end, end_column=col)
            start = first + i


@variant("ia06-water-bureau-dept", (12, 5),
         "部门整体, 水利局, NAT-2021: one task whose 总额 is not 财政拨款 + 其他资金, the same "
         "indicator twice with different values, no 满意度指标")  # fmt: skip
def water_bureau_dept() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W7)
    s.title("2026年度部门整体支出绩效目标申报表", 7)
    s.row("部门（单位）名称", "石门溪县水利局", None, "填报人", "邹明", "联系电话", "13979561024",
          merge=[(2, 3)])  # fmt: skip
    _budget(s, (_m(3420.5), _m(3100.5), _m(320), _m(1180.5), _m(2240)))
    _tasks(s, [
        ("小型水库除险加固", "完成6座小（2）型水库大坝加固及放水设施改造", _m(860), _m(760),
         _m(100), None),
        ("农村供水保障", "3处规模化供水工程管网延伸，水质检测", mk(_m(480), "B101", "error",
         row=True, note="400 + 60 = 460"), _m(400), _m(60), None),
        ("水土保持与河湖管护", "坡耕地治理、河湖“清四乱”、河道保洁", _m(620), _m(520),
         _m(100), None),
        ("防汛抗旱", "防汛物资储备、山洪灾害监测预警系统运维", _m(280), _m(220), _m(60), None),
        ("金额合计", None, mk(_m(2240), "*", "error", required=False, row=True,
                              note="follows from the 480 row: 1900 + 320 = 2220"),
         _m(1900), _m(320), None),
    ])  # fmt: skip
    s.row("年度整体绩效目标", "保障全县水利工程安全度汛，农村自来水普及率达到92%，新增水土流失"
          "治理面积15平方公里，河湖管护责任全面落实。", merge=[(2, 7)])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", None,
          merge=[(4, 5), (6, 7)])  # fmt: skip
    rows: list[tuple[Any, ...]] = [
        ("产出指标", "数量指标", "小型水库除险加固", "≥6座", None, None, None),
        (None, None, "水土流失治理面积", "≥15平方公里", None, None, None),
        (None, None, "山洪灾害监测站点运维", "≥48个", None, None, None),
        (None, "质量指标", "农村供水水质检测合格率", "≥95%", None, None, None),
        (None, "时效指标", "汛前除险加固完成时间", "2026年5月31日前", None, None, None),
        ("成本指标", "经济成本指标", "小型水库除险加固单座补助", "≤140万元/座", None, None, None),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥92%", None, None, None),
        (None, None, "防洪受益人口", "≥6.5万人", None, None, None),
        (
            None,
            "生态效益指标",
            mk(
                "水土流失治理面积",
                "D102",
                "error",
                row=True,
                alt=("D101", "D103"),
                note="row of 数量 says ≥15平方公里",
            ),
            "≥1.2万亩",
            None,
            "含坡耕地",
            None,
        ),
        (None, "可持续影响指标", "河湖长制巡查责任落实", "全面落实", None, None, None),
    ]
    for r in rows:
        s.row(*r, merge=[(4, 5), (6, 7)])
    first = s.r - len(rows) + 1
    for col in (1, 2):
        _merge_blocks(s, first, [r[col - 1] for r in rows], col)
    b.file_mark("F106", "error", note="no 满意度指标")
    signature(s, filled=(2025, 11, 20), person="邹明", phone="13979561024")
    return b


@variant("ia16-forestry-bureau-ok", (1, 4, 7),
         "部门整体, 林业局, starting in column B with an empty spacer column C, two-line head of "
         "the indicator table, percent cells typed as 0.0%, amounts with 万元 in the number "
         "format, tasks adding to 项目支出")  # fmt: skip
def forestry_bureau_ok() -> Book:
    b = Book()
    s = b.sheet("林业局整体", (3, 14, 2, 18, 30, 16, 16, 16))
    c = 2
    s.row("附件3", col=c)
    s.row("青屿市林业局2026年部门整体支出绩效目标表", merge=[(2, 8)], col=c)
    s.row("部门名称", None, "青屿市林业局", None, "填报日期", day(2025, 11, 18), None, col=c,
          merge=[(4, 5), (7, 8)])  # fmt: skip
    s.row("年度预算", None, "资金总额", "财政拨款", "其他资金", "基本支出", "项目支出", col=c)
    s.row(None, None, C(2916.4, WAN), C(2836.4, WAN), C(80, WAN), C(1064.4, WAN),
          C(1852, WAN), col=c)  # fmt: skip
    s.row("年度主要任务", None, "任务名称", "主要内容", None, "预算金额", None, col=c,
          merge=[(5, 6), (7, 8)])  # fmt: skip
    tasks = [
        ("森林抚育与国土绿化", "中幼林抚育1.5万亩，新造林2800亩", C(760, WAN)),
        ("林业有害生物防治", "松材线虫病疫木清理、监测", C(420, WAN)),
        ("森林防火", "防火隔离带、瞭望塔视频监控运维、扑火队伍建设", C(512, WAN)),
        ("湿地保护与修复", "青屿湖国家湿地公园生态修复", C(160, WAN)),
        ("合计", None, C(1852, WAN)),
    ]
    for t in tasks:
        s.row(None, None, t[0], t[1], None, t[2], None, col=c, merge=[(5, 6), (7, 8)])
    s.row(
        "年度绩效目标",
        None,
        "全市森林覆盖率稳定在63.2%以上，完成森林抚育1.5万亩、新造林"
        "2800亩，松材线虫病疫情得到有效控制，不发生重大森林火灾。",
        col=c,
        merge=[(4, 8)],
    )
    s.skip()
    s.row("绩效指标", None, None, None, None, None, None, col=c, merge=[(2, 8)])
    s.row("一级指标", None, "二级指标", "三级指标", "比较符", "指标值", "计量单位", col=c)
    s.table([
        ("产出指标", None, "数量指标", "森林抚育面积", "≥", 1.5, "万亩"),
        (None, None, None, "新造林面积", "≥", 2800, "亩"),
        (None, None, None, "松材线虫病疫木清理", "≥", 4.6, "万株"),
        (None, None, "质量指标", "造林成活率", "≥", C(0.85, "0.0%"), "%"),
        (None, None, None, "林业有害生物成灾率", "≤", 3.5, "‰"),
        (None, None, "时效指标", "春季造林完成时间", "≤", day(2026, 4, 30), None),
        ("成本指标", None, "经济成本指标", "森林抚育补助标准", "≤", 200, "元/亩"),
        ("效益指标", None, "生态效益指标", "森林覆盖率", "≥", C(0.632, "0.0%"), "%"),
        (None, None, None, "森林火灾受害率", "≤", 0.9, "‰"),
        (None, None, "社会效益指标", "带动林农务工", "≥", 3200, "人次"),
        (None, None, "可持续影响指标", "湿地生态系统状况", "定性", "逐步改善", None),
        ("满意度指标", None, "服务对象满意度指标", "林农满意度", "≥", C(0.9, "0%"), "%"),
    ], merged=(1, 3), col=c)  # fmt: skip
    notes(
        s, ["填报说明：指标值为百分比的，单元格格式设为百分比；定性指标比较符填“定性”。"], 7, col=c
    )
    signature(s, filled=(2025, 11, 18), person="吴青禾", phone="0795-7018 2291", col=c)
    return b
