"""One-year project tables of water and ecology offices: operators inside the values, in a
column of their own or in words, a direction column, a Shanghai-framework return in 元."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout185.common import H4, indicators, note, one_year, signature
from tests.variants.holdout185.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, C, day, mk, ok, pct


def yuan(value: float) -> C:
    """An amount in 元 with the unit only in the number format."""
    return C(value, YUAN)


@variant(
    "om01-reservoir-one-year",
    (7,),
    "project, NAT-2021, one value column with operators "
    "inside the values; 5 座 × ≤60万元/座 equals the 300 万元 (not above it); =100% at the "
    "ceiling",
)
def om01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="青溪县小型水库除险加固工程",
        dept="青溪县水利局（311）",
        unit="青溪县水利工程建设服务中心",
        money=one_year(300, 260, 40),
        attr="一次性项目",
        goals=(
            "完成龙潭、石门坳等5座小型水库除险加固，消除大坝渗漏和溢洪道泄洪能力不足"
            "等安全隐患，恢复设计兴利库容，保障下游1.2万人生命财产安全。",
        ),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "除险加固小型水库数量", "=5座"),
            (None, None, "大坝防渗处理长度", "≥1.8公里"),
            (None, "质量指标", "工程竣工验收合格率", "=100%"),
            (None, "时效指标", "主体工程完工时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "单座水库除险加固成本", "≤60万元/座"),
            ("效益指标", "社会效益指标", "下游受益人口", "≥1.2万人"),
            (None, "生态效益指标", "恢复兴利库容", "≥85万立方米"),
            (None, "可持续影响指标", "加固工程设计使用年限", "≥30年"),
            ("满意度指标", "服务对象满意度指标", "下游群众满意度", "≥90%"),
        ],
    )
    note(s, "注：单座水库除险加固成本按初步设计概算核定，5座水库概算合计300万元。")
    signature(s, "周立新", "0736-5821403", day(2025, 11, 18, CN_DATE), "唐文海")
    return b


@variant(
    "om02-river-chief-operator-column",
    (1,),
    "project, OLD-NAT, operator column (≥ ≤ 定性), "
    "bare numbers, percent cells and a unit column; 投诉率 反向 with ≤",
)
def om02() -> Book:
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2026,
        name="白鹭区河湖长制巡查管护经费",
        dept="白鹭区水务局",
        unit="白鹭区河湖管护站",
        money=one_year(128, 128, 0),
        attr="常年项目",
        goals=(
            "落实区、镇、村三级河湖长巡查制度，全年巡查河段186公里，及时发现并交办"
            "涉河问题，河面保洁常态化，沿河群众满意度达到90%以上。",
        ),
    )
    indicators(
        s,
        (*H4[:3], "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "巡查河段长度", "≥", 186, "公里"),
            (None, None, "全年巡河次数", "≥", 2400, "次"),
            (None, "质量指标", "交办问题整改销号率", "≥", pct(0.95), "%"),
            (None, None, "巡河记录完整率", "≥", pct(0.98), "%"),
            (None, "时效指标", "问题交办处置时限", "≤", 7, "个工作日"),
            (None, "成本指标", "河道保洁单价", "≤", 0.6, "万元/公里"),
            ("效益指标", "社会效益指标", "群众涉河投诉率", "≤", pct(0.02), "%"),
            (None, "生态效益指标", "河面漂浮垃圾清理率", "≥", pct(0.95), "%"),
            (None, "可持续影响指标", "河湖长制巡查机制", "定性", "长效运行", None),
            ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "林晓燕", "0592-6617725", day(2025, 11, 25))
    return b


@variant(
    "om04-soil-conservation-word-operators",
    (1, 11),
    "project, OLD-NAT, operators in "
    "words (大于等于 / 小于等于 / 等于), unit column, a date cell, "
    "水土流失面积 反向 with 小于等于, "
    "a 林草覆盖率 rise in 百分点, 15 平方公里 × 30 万元 equal to the money",
)
def om04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 12, 16, 14))
    project_head(
        s,
        year=2026,
        name="石门县坡耕地水土流失综合治理项目",
        dept="石门县水利局",
        unit="石门县水土保持站",
        money=one_year(450, 400, 50),
        attr="新增项目",
        goals=(
            "在清水河小流域综合治理水土流失面积15平方公里，修建谷坊24座，营造水土"
            "保持林3200亩，治理区林草覆盖率提高3个百分点。",
        ),
    )
    indicators(
        s,
        (*H4[:3], "指标方向", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "新增水土流失综合治理面积", "大于等于", 15, "平方公里"),
            (None, None, "修建谷坊", "大于等于", 24, "座"),
            (None, None, "营造水土保持林", "大于等于", 3200, "亩"),
            (None, "质量指标", "造林成活率", "大于等于", pct(0.85), "%"),
            (None, None, "治理工程验收合格率", "等于", pct(1), "%"),
            (None, "时效指标", "工程完工日期", "小于等于", day(2026, 11, 30, CN_DATE), None),
            (None, "成本指标", "每平方公里综合治理成本", "小于等于", 30, "万元/平方公里"),
            ("效益指标", "生态效益指标", "治理区剩余水土流失面积", "小于等于", 4.2, "平方公里"),
            (None, None, "年减少土壤流失量", "大于等于", 3.1, "万吨"),
            (None, "社会效益指标", "受益农户", "大于等于", 1800, "户"),
            (None, "可持续影响指标", "治理区林草覆盖率提高", "大于等于", 3, "百分点"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    note(s, "注：剩余水土流失面积为反向指标，以项目区2026年末遥感监测结果为准。")
    signature(s, "贺明", "0736-3312086", day(2025, 12, 2))
    return b


@variant(
    "om07-air-pollution-direction-column",
    (11,),
    "project, NAT-2021, 指标性质 as direction "
    "(正向指标/反向指标), 比较符 column, bare numbers and percent cells; 超标天数 反向 ≤, a "
    "增长率 ≤0%, PM2.5 in a name",
)
def om07() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", widths=(14, 14, 30, 12, 8, 12, 14))
    project_head(
        s,
        year=2026,
        name="白沙河区大气污染防治专项资金",
        dept="青岚市生态环境局白沙河分局",
        unit="青岚市生态环境局白沙河分局",
        money=one_year(560, 500, 60),
        attr="延续项目",
        goals=(
            "完成餐饮油烟治理150家、淘汰燃煤小锅炉26台，建成扬尘在线监测点位40个，"
            "细颗粒物年均浓度控制在32微克/立方米以内，空气质量超标天数不超过30天。",
        ),
    )
    indicators(
        s,
        (*H4[:3], "指标性质", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "餐饮油烟治理", "正向指标", "≥", 150, "家"),
            (None, None, "扬尘在线监测点位", "正向指标", "≥", 40, "个"),
            (None, None, "淘汰燃煤小锅炉", "正向指标", "≥", 26, "台"),
            (None, "质量指标", "在线监测数据有效率", "正向指标", "≥", pct(0.9), "%"),
            (None, "时效指标", "重污染天气应急响应时间", "反向指标", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "单台锅炉淘汰补助标准", "反向指标", "≤", 8, "万元/台"),
            (
                "效益指标",
                "生态效益指标",
                "细颗粒物（PM2.5）年均浓度",
                "反向指标",
                "≤",
                32,
                "微克/立方米",
            ),
            (None, None, "空气质量超标天数", "反向指标", "≤", 30, "天"),
            (None, None, "重污染天数增长率", "反向指标", "≤", pct(0), "%"),
            (None, "社会效益指标", "涉气信访投诉办结率", "正向指标", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "周边居民满意度", "正向指标", "≥", pct(0.88), "%"),
        ],
    )
    signature(s, "陈思远", "0731-8452219", day(2025, 11, 12), "郑国栋")
    return b


@variant(
    "om09-shanghai-water-monitoring",
    (5, 1),
    "project, Shanghai framework (一级目标 …), "
    "money in 元 with the unit in the number format, ASCII operators, 预算执行率 under "
    "投入与管理",
)
def om09() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", widths=(16, 16, 30, 20, 16, 16))
    s.title("2026年度浦滨区财政项目支出绩效目标表", 6)
    s.row(
        "项目名称",
        "浦滨区地表水环境质量监测",
        None,
        "主管部门",
        "浦滨区水务局",
        merge=[(2, 3), (5, 6)],
    )
    s.row("项目类别", "经常性专项业务费", None, "项目负责人", "顾雪梅", merge=[(2, 3), (5, 6)])
    s.row(
        "项目总预算（元）",
        yuan(1860000),
        "项目当年预算（元）",
        yuan(1860000),
        "其中：财政拨款",
        yuan(1860000),
    )
    s.row(
        "其他资金（元）",
        yuan(0),
        "计划开始日期",
        day(2026, 1, 1),
        "计划完成日期",
        day(2026, 12, 31),
    )
    s.row(
        "年度目标",
        "对全区36个地表水监测断面开展每月一次采样监测，按时报送月度监测报告，"
        "为河长制考核和水环境治理提供准确数据。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        ("一级目标", "二级目标", "三级目标", "指标目标值"),
        [
            ("投入与管理", "财务管理", "预算执行率", ">=90%"),
            (None, "实施管理", "监测实施方案规范性", "规范"),
            ("产出目标", "数量", "地表水监测断面", ">=36个"),
            (None, None, "全年采样监测", ">=432次"),
            (None, "质量", "监测数据准确率", ">=95%"),
            (None, "时效", "月度监测报告报送及时率", ">=95%"),
            (None, "成本", "单断面年度监测成本", "<=50000元/个"),
            ("效果目标", "生态效益", "水功能区水质达标比例", ">=80%"),
            (None, "社会效益", "水质信息公开次数", ">=12次"),
            (None, "满意度", "区河长办满意度", ">=90%"),
            ("影响力目标", "长效管理", "监测质量控制制度", "健全"),
            (None, "信息共享", "监测数据共享部门", ">=5家"),
        ],
    )
    return b


@variant(
    "om12-river-cleaning-over-budget",
    (11, 12),
    "project, OLD-NAT, operator column: "
    "200 公里 × ≤0.8万元/公里 = 160 above the 120 万元; ≥ on a 投诉率",
)
def om12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="东溪镇河道保洁及河湖长制巡查",
        dept="临江县水利局",
        unit="临江县东溪镇人民政府",
        money=one_year(120, 100, 20),
        attr="延续项目",
        goals=(
            "对镇域200公里河道实行常态化保洁，落实镇村河长巡河制度，河面无成片漂浮"
            "物，群众涉河投诉及时处理。",
        ),
    )
    indicators(
        s,
        (*H4[:3], "运算符", "指标值", "单位"),
        [
            ("产出指标", "数量指标", "河道保洁长度", "≥", 200, "公里"),
            (None, None, "镇村河长巡河次数", "≥", 1500, "次"),
            (None, "质量指标", "河道保洁考核达标率", "≥", pct(0.9), "%"),
            (None, "时效指标", "涉河问题处置时限", "≤", 5, "个工作日"),
            (
                None,
                "成本指标",
                "河道保洁单价",
                "≤",
                mk(
                    0.8,
                    "B107",
                    "error",
                    row=True,
                    note="200 公里 × 0.8 万元/公里 = 160 万元, above the 120 万元 of the year",
                ),
                "万元/公里",
            ),
            (
                "效益指标",
                "社会效益指标",
                "群众涉河投诉率",
                mk("≥", "T108", "warning", row=True, note="投诉率 is 反向: ≤ is meant"),
                pct(0.03),
                "%",
            ),
            (None, "生态效益指标", "河面漂浮物清理率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "沿河村民满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "邓红梅", "0745-2261830", day(2025, 11, 28))
    return b


@variant(
    "om13-drinking-water-years-rate",
    (1, 12),
    "project, NAT-2021, operator column and "
    "percent cells: plan dates in 2025 under a 2026 title, a 合格率 of 102%",
)
def om13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 30, 12, 14, 12))
    s.title(
        ok("2026年度项目支出绩效目标申报表", "error", note="the year the dates disagree with"), 6
    )
    s.row(
        "项目名称",
        "桐山县农村饮水安全工程维修养护",
        None,
        "主管部门及代码",
        "桐山县水务局（208）",
        merge=[(2, 3), (5, 6)],
    )
    s.row("实施单位", "桐山县农村供水管理站", None, "项目属性", "常年项目", merge=[(2, 3), (5, 6)])
    s.row(
        "项目期",
        "1年",
        "计划开始日期",
        mk(
            day(2025, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="the plan dates are 2025 in a 2026 table",
        ),
        "计划完成日期",
        day(2025, 12, 31),
    )
    top = s.r + 1
    for line in one_year(150, 130, 20):
        s.row("项目资金（万元）" if s.r + 1 == top else None, *line)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row(
        "年度绩效目标",
        "维修养护农村集中供水工程50处，更换入户水表1200只，保障农村供水水质稳定达标。",
        merge=[(2, 6)],
    )
    indicators(
        s,
        (*H4[:3], "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "维修养护集中供水工程", "≥", 50, "处"),
            (None, None, "更换入户水表", "≥", 1200, "只"),
            (
                None,
                "质量指标",
                "出厂水水质检测合格率",
                "≥",
                mk(pct(1.02), "T106", "error", note="a 合格率 cannot exceed 100 %"),
                "%",
            ),
            (None, "时效指标", "故障报修响应时间", "≤", 24, "小时"),
            ("成本指标", "经济成本指标", "单处工程维修养护费用", "≤", 2.5, "万元/处"),
            ("效益指标", "社会效益指标", "受益农村人口", "≥", 3.6, "万人"),
            (None, "可持续影响指标", "供水工程管护责任落实率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "农村供水用户满意度", "≥", pct(0.9), "%"),
        ],
    )
    signature(s, "罗建华", "0739-4482517", day(2025, 11, 20))
    return b


@variant(
    "om14-soil-erosion-direction-duplicate",
    (11,),
    "project, OLD-NAT, operators inside "
    "the values: ≥ on a 水土流失面积, the same indicator twice with the same target",
)
def om14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="柳岸县国家水土保持重点工程",
        dept="柳岸县水利局",
        unit="柳岸县水土保持监督站",
        money=one_year(380, 300, 80),
        attr="新增项目",
        goals=(
            "在北坪小流域综合治理水土流失面积12平方公里，修建谷坊20座、拦沙坝2座，"
            "治理区水土流失面积控制在3平方公里以内。",
        ),
    )
    indicators(
        s,
        H4,
        [
            ("产出指标", "数量指标", "综合治理水土流失面积", "≥12平方公里"),
            (None, None, "谷坊建设数量", "≥20座"),
            (None, None, "拦沙坝建设数量", "≥2座"),
            (
                None,
                None,
                mk(
                    "谷坊建设数量",
                    "D101",
                    "warning",
                    row=True,
                    note="the same indicator as two rows above",
                ),
                "≥20座",
            ),
            (None, "质量指标", "工程验收合格率", "≥98%"),
            (None, "时效指标", "工程完工时间", "2026年11月30日前"),
            (None, "成本指标", "每平方公里治理成本", "≤31.6万元/平方公里"),
            (
                "效益指标",
                "生态效益指标",
                "治理区水土流失面积",
                mk(
                    "≥3平方公里",
                    "T108",
                    "warning",
                    row=True,
                    note="水土流失面积 is 反向; the goal says 以内, ≤ is meant",
                ),
            ),
            (None, "社会效益指标", "受益群众", "≥5600人"),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
        ],
    )
    signature(s, "杨帆", "0738-7731245", day(2025, 12, 5))
    return b


@variant(
    "om16-water-quality-vague-rate",
    (7,),
    "project, NAT-2021, one value column under "
    "header 目标值: a vague value on a count, a 及时率 given as a count",
)
def om16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="江源县地表水水质监测",
        dept="江源县生态环境分局",
        unit="江源县生态环境监测站",
        money=one_year(85, 85, 0),
        attr="常年项目",
        goals=(
            "对县域主要河流、水库开展地表水水质例行监测，按月上报监测数据，掌握水环境"
            "质量变化趋势。",
        ),
    )
    indicators(
        s,
        (*H4[:3], "目标值"),
        [
            (
                "产出指标",
                "数量指标",
                "地表水监测断面数量",
                mk(
                    "按要求完成",
                    "T102",
                    "warning",
                    alt=("T104",),
                    note="a count needs a number of 断面, not 按要求完成",
                ),
            ),
            (None, None, "全年采样监测", "≥144次"),
            (None, "质量指标", "监测数据有效率", "≥90%"),
            (
                None,
                "时效指标",
                "监测数据上报及时率",
                mk("12次", "T105", "error", note="a 及时率 needs a %"),
            ),
            ("成本指标", "经济成本指标", "单次采样监测费用", "≤0.55万元/次"),
            ("效益指标", "生态效益指标", "县控断面水质优良比例", "≥80%"),
            (None, "社会效益指标", "水质监测信息公开次数", "≥12次"),
            ("满意度指标", "服务对象满意度指标", "相关部门满意度", "≥90%"),
        ],
    )
    signature(s, "孙丽娟", "0735-6623908", day(2025, 11, 26))
    return b
