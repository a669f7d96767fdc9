"""Province-level 专项转移支付 区域绩效目标表 (澄岭省, invented) with allocation tables by
county: km01–km06."""

from __future__ import annotations

from tests.variants.holdout81.common import alloc, dsum, transfer_head
from tests.variants.holdout81.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

A6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
COUNTIES = ("青枫县", "石埠县", "柳湾县", "鹭洲县", "云塘县", "杉溪县", "桐冈区", "梅岙县")


@variant(
    "km01-farmland-province",
    (2, 12),
    "province transfer, OLD-NAT, 比较符 and unit columns, allocation by county on a second sheet",
)
def km01() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标表", (16, 16, 30, 12, 14, 14))
    parts = (18000, 6000, 2000)
    transfer_head(
        s,
        year=2027,
        fund="高标准农田建设补助资金",
        dept="澄岭省农业农村厅",
        unit="各县（市、区）农业农村局",
        parts=parts,
        title="澄岭省2027年度高标准农田建设补助资金区域绩效目标表",
        goal="目标1：2027年全省新建高标准农田16万亩，同步发展高效节水灌溉3.5万亩；"
        "目标2：项目区耕地质量平均提升0.5个等级以上，粮食亩产增加50公斤以上；"
        "目标3：建立健全建后管护机制，受益农户满意度达到90%以上。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "新建高标准农田面积", "≥", 16, "万亩"),
            (None, None, "高效节水灌溉面积", "≥", 3.5, "万亩"),
            (None, None, "新建和改造灌排渠道长度", "≥", 850, "公里"),
            (None, "质量指标", "项目区耕地质量等级提升", "≥", 0.5, "等"),
            (None, None, "工程竣工验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "资金分配下达时限", "≤", 30, "日"),
            (None, None, "年度建设任务完成时间", "≤", day(2027, 12, 31, CN_DATE), ""),
            (None, "成本指标", "亩均财政投入", "≤", 1500, "元/亩"),
            ("效益指标", "经济效益指标", "项目区粮食亩产增加", "≥", 50, "公斤"),
            (None, "社会效益指标", "受益农户数", "≥", 9.2, "万户"),
            (None, "生态效益指标", "项目区年节约用水量", "≥", 1200, "万立方米"),
            (None, "可持续影响指标", "建后管护机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row(
        "填报单位（盖章）：澄岭省农业农村厅",
        None,
        None,
        "填报日期：2026年11月18日",
        merge=[(1, 3), (4, 6)],
    )
    t = b.sheet("资金分配表", (8, 14, 14, 14, 14, 14, 16))
    t.title("澄岭省2027年度高标准农田建设补助资金分配表", 7)
    t.row(None, None, None, None, None, None, "单位：万元")
    totals = alloc(
        t,
        [
            (
                None,
                [
                    ("青枫县", 3000, 1000, 340, "含节水任务"),
                    ("石埠县", 2600, 870, 290, ""),
                    ("柳湾县", 2400, 800, 260, ""),
                    ("鹭洲县", 2200, 730, 240, ""),
                    ("云塘县", 2000, 670, 220, ""),
                    ("杉溪县", 1900, 630, 210, ""),
                    ("桐冈区", 2100, 700, 240, ""),
                    ("梅岙县", 1800, 600, 200, ""),
                ],
            )
        ],
    )
    assert totals == [dsum(parts), *parts], totals
    return b


@variant(
    "km02-road-upkeep-allocation",
    (2, 12),
    "province transfer, OLD-NAT, allocation "
    "table below the indicators on the same sheet; the lines do not add up to the 合计",
)
def km02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (10, 16, 30, 12, 14, 14, 14))
    parts = (6460, 2200, 800)
    transfer_head(
        s,
        year=2027,
        fund="农村公路养护省级补助资金",
        dept="澄岭省交通运输厅",
        unit="各县（市、区）交通运输局",
        parts=parts,
        goal="全年完成农村公路日常养护里程8500公里，实施养护工程120公里，"
        "优良中等路率保持在85%以上，沿线群众满意度不低于90%。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "农村公路日常养护里程", "≥", 8500, "公里"),
            (None, None, "养护工程实施里程", "≥", 120, "公里"),
            (None, None, "危桥改造座数", "≥", 35, "座"),
            (None, None, "安全生命防护工程里程", "≥", 260, "公里"),
            (None, "质量指标", "优良中等路率", "≥", pct(0.85), "%"),
            (None, None, "养护工程交工验收合格率", "=", pct(1), "%"),
            (None, "时效指标", "养护工程完工时间", "≤", "2027年11月30日", ""),
            (None, "成本指标", "日常养护省级补助标准", "≤", 0.5, "万元/公里"),
            ("效益指标", "社会效益指标", "农村公路列养率", "=", pct(1), "%"),
            (None, None, "养护路段交通事故起数", "≤", 12, "起"),
            (None, "可持续影响指标", "县乡村三级路长制落实", "定性", "到位", ""),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("附：2027年农村公路养护省级补助资金分配明细（万元）", merge=[(1, 7)])
    lines = [
        ("青枫县", 1000, 340, 120, ""),
        ("石埠县", 880, 300, 110, ""),
        ("柳湾县", 900, 320, 110, "含危桥改造"),
        ("鹭洲县", 820, 280, 100, ""),
        ("云塘县", 760, 260, 100, ""),
        ("杉溪县", 700, 240, 90, ""),
        ("桐冈区", 640, 220, 80, ""),
        ("梅岙县", 700, 240, 90, ""),
    ]
    # 柳湾县's line was cut from 960 to 900 after the 合计 row had been typed: the 合计 still
    # carries the old figures, and the head was copied from the 合计.
    c, p, loc = (dsum([x[i] for x in lines]) for i in (1, 2, 3))
    assert (c + 60, p, loc) == parts
    alloc(
        s,
        [(None, lines)],
        override={
            ("合计", 0): mk(dsum(parts), "B102", "error", note="the lines add to 9400, not 9460"),
            ("合计", 1): ok(parts[0], "error", note="the 中央补助 column is 60 short too"),
            ("合计", 2): parts[1],
            ("合计", 3): parts[2],
        },
    )
    s.row("审核人：", None, "经办人：", None, "填报日期：2026年11月20日")
    return b


@variant(
    "km03-school-meals",
    (12, 1),
    "province transfer, OLD-NAT, one value column with "
    "operators in the text; the parts do not make the whole, a rate given as a count",
)
def km03() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 16, 32, 18, 18, 18))
    transfer_head(
        s,
        year=2027,
        fund="农村义务教育学生营养改善计划补助资金",
        dept="澄岭省教育厅",
        unit="试点县（市、区）教育局",
        parts=(9600, 2400, 600),
        total=mk(12900, "B101", "error", note="9600 + 2400 + 600 = 12600"),
        goal="为试点地区农村义务教育阶段学生提供营养膳食补助，按每生每天5元标准补助，"
        "改善学生营养健康状况，学生体质健康合格率稳步提高。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None, merge=[(5, 6)])
    rows = [
        ("产出指标", "数量指标", "受益学生人数", "≥12万人", "按学籍系统核定"),
        (
            None,
            None,
            "受益学校覆盖率",
            mk("≥420所", "T105", "error", note="a rate as a count"),
            "试点县农村义务教育学校",
        ),
        (None, None, "供餐天数", "≥200天", "按校历"),
        (None, "质量指标", "食品安全事故发生数", "=0起", ""),
        (None, None, "学校食堂从业人员持证上岗率", "=100%", ""),
        (None, None, "供餐食品抽检合格率", "≥98%", "市场监管部门抽检"),
        (None, "时效指标", "补助资金拨付到校时间", "开学后30日内", ""),
        (None, "成本指标", "学生营养膳食补助标准", "≤5元/人·天", "国家标准"),
        ("效益指标", "社会效益指标", "学生体质健康合格率", "≥92%", "上年为91.2%"),
        (None, None, "学生营养不良检出率", "≤4%", ""),
        (None, "可持续影响指标", "营养改善计划管理制度", "健全", ""),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "抽样调查"),
    ]
    for r in rows:
        s.row(*r, merge=[(5, 6)])
    first = s.r - len(rows) + 1
    for col, a, z in ((1, 0, 7), (2, 0, 2), (2, 3, 5), (1, 8, 10), (2, 8, 9)):
        s.ws.merge_cells(start_row=first + a, start_column=col, end_row=first + z, end_column=col)
    return b


@variant(
    "km04-elderly-care-townships",
    (2, 12),
    "county's own allocation, OLD-NAT, 指标方向 "
    "and word-operator columns, allocation by township with 小计 groups",
)
def km04() -> Book:
    b = Book()
    s = b.sheet("目标表", (16, 16, 30, 10, 12, 12, 12))
    parts = (420, 180, 150)
    transfer_head(
        s,
        year=2027,
        fund="居家和社区养老服务补助资金",
        dept="杉溪县民政局",
        unit="各乡镇人民政府",
        parts=parts,
        labels=("中央补助", "省级资金", "县级配套"),
        title="杉溪县2027年度居家和社区养老服务补助资金区域绩效目标表",
        goal="2027年新建居家养老服务站点12个，为3200名以上困难、高龄、独居老年人提供"
        "上门服务，服务站点运营达标率达到90%以上，服务对象满意度不低于90%。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "新建居家养老服务站点数", "正向", "大于等于", 12, "个"),
            (None, None, "享受上门服务老年人数", "正向", "大于等于", 3200, "人"),
            (None, None, "上门服务人次", "正向", "大于等于", 38000, "人次"),
            (None, "质量指标", "服务站点运营达标率", "正向", "大于等于", pct(0.9), "%"),
            (None, None, "护理人员持证上岗率", "正向", "大于等于", pct(0.95), "%"),
            (None, None, "上门服务投诉率", "反向", "小于等于", pct(0.02), "%"),
            (None, "时效指标", "补助资金拨付时限", "反向", "小于等于", 20, "个工作日"),
            (None, "成本指标", "上门服务补助标准", "反向", "小于等于", 60, "元/人·月"),
            (
                "效益指标",
                "社会效益指标",
                "居家养老服务覆盖率",
                "正向",
                "大于等于",
                pct(0.65),
                "%",
            ),
            (None, None, "独居老年人探访频次", "正向", "大于等于", 2, "次/月"),
            (None, "可持续影响指标", "站点长效运营机制", "定性", "", "建立并执行", ""),
            (
                "满意度指标",
                "服务对象满意度指标",
                "服务对象满意度",
                "正向",
                "大于等于",
                pct(0.9),
                "%",
            ),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("附表：2027年居家和社区养老服务补助资金分配表（单位：万元）", merge=[(1, 7)])
    totals = alloc(
        s,
        [
            (
                "北片小计",
                [
                    ("杉溪镇", 90, 40, 30, "含县级示范站"),
                    ("桥头镇", 70, 30, 25, ""),
                    ("东岗镇", 60, 25, 20, ""),
                ],
            ),
            (
                "南片小计",
                [
                    ("梨园乡", 70, 30, 27, ""),
                    ("上坪乡", 65, 28, 25, ""),
                    ("长垄乡", 65, 27, 23, ""),
                ],
            ),
        ],
        header=("序号", "乡镇", "合计", "中央补助", "省级资金", "县级配套", "备注"),
    )
    assert totals == [dsum(parts), *parts], totals
    s.row("单位负责人：", None, "财务负责人：", None, "填表人：", None, "2026年12月3日")
    return b


@variant(
    "km05-water-pollution",
    (11, 12),
    "province transfer, OLD-NAT, 比较符 and unit "
    "columns; a 反向 rate with ≥, the 实施期 in another year than the title",
)
def km05() -> Book:
    b = Book()
    s = b.sheet("区域绩效目标", (16, 16, 30, 12, 14, 14))
    transfer_head(
        s,
        year=2027,
        fund="水污染防治专项资金",
        dept="澄岭省生态环境厅",
        unit="有关市县生态环境部门",
        parts=(24000, 8000, 3000),
        title="澄岭省2027年度水污染防治专项资金区域绩效目标表",
        period=mk(
            "2026年1月—2026年12月",
            "Y101",
            "error",
            alt=("Y102",),
            note="the title and the goals say 2027",
        ),
        goal="2027年新建城镇污水管网180公里，完成240个行政村生活污水治理，整治城市黑臭水体"
        "15条；国控断面水质优良比例保持在90%以上，周边群众满意度达到90%以上。",
    )
    s.row(*A6)
    s.table(
        [
            ("产出指标", "数量指标", "城镇污水管网新建长度", "≥", 180, "公里"),
            (None, None, "完成生活污水治理的行政村数", "≥", 240, "个"),
            (None, None, "城市黑臭水体整治数", "≥", 15, "条"),
            (None, "质量指标", "国控断面水质优良比例", "≥", pct(0.9), "%"),
            (
                None,
                None,
                "城市黑臭水体返黑返臭率",
                mk("≥", "T108", "warning", row=True, note="a 反向 rate with ≥"),
                pct(0.05),
                "%",
            ),
            (None, None, "农村生活污水治理设施正常运行率", "≥", pct(0.85), "%"),
            (None, "时效指标", "项目开工时间", "≤", "2027年6月30日", ""),
            (None, "成本指标", "污水管网建设单位成本", "≤", 150, "万元/公里"),
            ("效益指标", "生态效益指标", "化学需氧量减排量", "≥", 3200, "吨"),
            (None, None, "城镇生活污水集中收集率", "≥", pct(0.7), "%"),
            (None, "社会效益指标", "受益人口", "≥", 85, "万人"),
            (None, "可持续影响指标", "治理设施长效管护机制", "定性", "健全", ""),
            ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.row("注：本表由省生态环境厅会同省财政厅确定，分解下达到各市县。", merge=[(1, 6)])
    return b


@variant(
    "km06-public-health-weights",
    (10, 12),
    "province transfer, OLD-NAT, two-line header "
    "(指标值 over 比较符 · 目标值 · 计量单位), 指标权重 adding to 100",
)
def km06() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 32, 10, 12, 12, 10))
    transfer_head(
        s,
        year=2027,
        fund="基本公共卫生服务补助资金",
        dept="澄岭省卫生健康委员会",
        unit="各县（市、区）卫生健康局",
        parts=(28600, 7800, 3600),
        title="2027年度基本公共卫生服务补助资金区域绩效目标表",
        goal="目标1：2027年为城乡居民免费提供基本公共卫生服务，居民电子健康档案建档310万人；"
        "目标2：老年人、慢性病患者等重点人群健康管理水平进一步提高；目标3：居民满意度不低于85%。",
    )
    top = s.row(
        "一级指标", "二级指标", "三级指标", "指标值", None, None, "指标权重", merge=[(4, 6)]
    )
    s.row(None, None, None, "比较符", "目标值", "计量单位", None)
    for c in (1, 2, 3, 7):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "居民电子健康档案建档人数", "≥", 310, "万人", 8),
            (None, None, "65岁及以上老年人健康管理人数", "≥", 42, "万人", 8),
            (None, None, "高血压患者规范管理人数", "≥", 28, "万人", 7),
            (None, None, "2型糖尿病患者规范管理人数", "≥", 9.5, "万人", 7),
            (None, "质量指标", "适龄儿童国家免疫规划疫苗接种率", "≥", pct(0.9), "%", 8),
            (None, None, "孕产妇系统管理率", "≥", pct(0.9), "%", 7),
            (None, "时效指标", "资金下达时限", "≤", 30, "日", 5),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥", pct(0.3), "%", 10),
            (None, None, "老年人健康管理率", "≥", pct(0.62), "%", 10),
            (None, None, "高血压患者血压控制率", "≥", pct(0.6), "%", 10),
            (None, "可持续影响指标", "基本公共卫生服务长效机制", "定性", "健全", "", 5),
            (
                "满意度指标",
                "服务对象满意度指标",
                "城乡居民基本公共卫生服务满意度",
                "≥",
                pct(0.85),
                "%",
                15,
            ),
        ],
        merged=(1, 2),
    )
    s.row("", "", "合计", None, None, None, 100)
    return b
