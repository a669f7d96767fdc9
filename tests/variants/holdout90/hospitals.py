"""Returns of a county hospital, township health centres, a CDC and a maternal and child health
hospital (kv07–kv12): 元/床日 and 人均 standards, 门诊量 and 出院人次, a two-year equipment
project with 中期 and 年度 columns, a flat department list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout90.common import footer
from tests.variants.holdout90.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

GE = '"≥"0%'
LE = '"≤"0%'


@variant("kv07-yingxiang-shebei", (8,), "two-year county hospital project, NAT-2021, two-line "
         "header (指标值 over 中期 · 年度), 计量单位 column, all three 成本 tier-2s")  # fmt: skip
def kv07() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (14, 16, 30, 14, 14, 12))
    project_head(
        s, year=2027, years=2, name="澜川县人民医院医学影像设备购置及用房改造",
        dept="澜川县卫生健康局", unit="澜川县人民医院", attr="新增项目",
        money=[("中期资金总额", money(1800, WAN), "年度资金总额", money(1100, WAN)),
               ("其中：财政拨款", money(1500, WAN), "其中：财政拨款", money(950, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(150, WAN))],
        goals=["2027—2028年购置CT、MRI等医学影像设备3台，改造影像检查用房600平方米，新增影像"
               "检查36000人次，县域影像检查外转率降至8%以下。",
               "2027年购置CT等设备2台，改造用房400平方米，新增影像检查15000人次。"],
    )  # fmt: skip
    r = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位", merge=[(4, 5)])
    s.row(None, None, None, "中期", "年度", None)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=r, start_column=c, end_row=r + 1, end_column=c)
    s.table(
        [
            ("产出指标", "数量指标", "购置医学影像设备", "≥3", "≥2", "台"),
            (None, None, "改造影像检查用房面积", "≥600", "≥400", "平方米"),
            (None, None, "新增影像检查人次", "≥36000", "≥15000", "人次"),
            (None, "质量指标", "设备验收合格率", pct(1), pct(1), "%"),
            (None, None, "影像诊断符合率", pct(0.9, GE), pct(0.9, GE), "%"),
            (None, "时效指标", "设备安装调试完成时间", "2028年6月30日前", "2027年12月31日前", None),
            (None, None, "检查报告出具时间", "≤24", "≤24", "小时"),
            ("成本指标", "经济成本指标", "设备购置及改造总成本", "≤1650", "≤1000", "万元"),
            (None, "社会成本指标", "改造期间影像检查暂停时间", "≤15", "≤10", "天"),
            (None, "生态环境成本指标", "新增医疗废液产生量", "≤1.2", "≤0.6", "吨"),
            ("效益指标", "社会效益指标", "县域影像检查外转率", pct(0.08, LE), pct(0.08, LE), "%"),
            (None, "可持续影响指标", "设备使用年限", "≥8", "≥8", "年"),
            ("满意度指标", "服务对象满意度指标", "患者满意度", pct(0.9, GE), pct(0.9, GE), "%"),
            (None, None, "临床科室满意度", pct(0.9, GE), pct(0.9, GE), "%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="澜川县人民医院", head="邵国栋", clerk="叶思琪", phone="0595-23350217",
           year=2027)  # fmt: skip
    return b


@variant("kv08-jiben-gongwei", (11, 12), "township health centre, NAT-2021, one value column: "
         "a 管理率 given as a count, 预算执行率 listed as a cost indicator")  # fmt: skip
def kv08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 32, 18, 16, 12))
    project_head(
        s, year=2027, name="霁山镇卫生院基本公共卫生服务项目", dept="霁山县卫生健康局",
        unit="霁山县霁山镇卫生院", attr="常年项目",
        money=[("年度资金总额", money(320), "其中：财政拨款", money(300)),
               (None, None, "其他资金", money(20))],
        goals=["为辖区32000名常住人口提供国家基本公共卫生服务，规范管理高血压、糖尿病患者，"
               "居民电子健康档案建档率达到90%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "服务常住人口", "≥32000人"),
            (None, None, "65岁及以上老年人健康体检", "≥3800人"),
            (None, None, "管理高血压患者", "≥2600人"),
            (None, "质量指标", "居民电子健康档案建档率", "≥90%"),
            (
                None,
                None,
                "高血压患者规范管理率",
                mk("≥1200人", "T105", "error", note="管理率写成人数"),
            ),
            (None, None, "糖尿病患者规范管理率", "≥65%"),
            (None, "时效指标", "季度绩效考核完成及时率", "≥95%"),
            ("成本指标", "经济成本指标", "人均基本公共卫生服务补助标准", "≤94元/人·年"),
            (
                None,
                None,
                mk(
                    "预算执行率",
                    "F202",
                    "warning",
                    row=True,
                    note="预算执行率另行评价，不是成本指标",
                ),
                "≥95%",
            ),
            ("效益指标", "社会效益指标", "居民健康素养水平", "≥28%"),
            (None, None, "传染病报告及时率", "≥98%"),
            (None, "可持续影响指标", "基本公共卫生服务长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "辖区居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="霁山县霁山镇卫生院", head="黄立新", clerk="邹慧敏", phone="0797-5830412",
           year=2027)  # fmt: skip
    return b


@variant("kv09-chanqian-shaicha", (1, 7), "maternal and child health hospital, NAT-2021, "
         "tiers filled down, a 设定依据 column, percents showing ≥ / ≤")  # fmt: skip
def kv09() -> Book:
    b = Book()
    s = b.sheet("项目支出绩效目标表", (14, 16, 30, 16, 24, 10))
    project_head(
        s, year=2027, name="柘湖市妇幼保健院孕产妇产前筛查及新生儿疾病筛查",
        dept="柘湖市卫生健康委员会", unit="柘湖市妇幼保健院", attr="延续项目",
        money=[("年度资金总额", money(180), "其中：财政拨款", money(160)),
               (None, None, "其他资金", money(20))],
        goals=["为5200名孕妇免费提供产前筛查、为4800名新生儿提供疾病筛查，阳性病例及时随访，"
               "降低出生缺陷发生率。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    for row in [
        ("产出指标", "数量指标", "产前筛查孕妇人数", "≥5200人", "计划标准：全市预计分娩数"),
        ("产出指标", "数量指标", "新生儿疾病筛查人数", "≥4800人", "计划标准"),
        ("产出指标", "质量指标", "产前筛查率", pct(0.9, GE), "行业标准"),
        ("产出指标", "质量指标", "筛查阳性病例随访率", pct(0.95, GE), "行业标准"),
        ("产出指标", "时效指标", "筛查结果告知时间", "≤7个工作日", "行业标准"),
        ("成本指标", "经济成本指标", "产前筛查补助标准", "≤300元/人", "省定补助标准"),
        ("成本指标", "经济成本指标", "新生儿疾病筛查补助标准", "≤40元/人", "省定补助标准"),
        ("效益指标", "社会效益指标", "出生缺陷发生率", pct(0.012, '"≤"0.0%'), "历史标准"),
        ("效益指标", "社会效益指标", "孕产妇系统管理率", pct(0.92, GE), "历史标准"),
        ("效益指标", "可持续影响指标", "出生缺陷防治网络", "健全", "其他标准"),
        ("满意度指标", "服务对象满意度指标", "孕产妇满意度", pct(0.9, GE), "历史标准"),
    ]:
        s.row(*row)
    footer(s, unit="柘湖市妇幼保健院", head="钟雅琴", clerk="吕佳", phone="0573-82071156",
           year=2027)  # fmt: skip
    return b


@variant("kv10-mianyi-guihua", (8,), "two-year CDC project, NAT-2021, 实施期 and 年度 columns: two "
         "cumulative counts copied from 实施期 into 年度, a 接种率 of ≥100%")  # fmt: skip
def kv10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 16, 16, 14))
    project_head(
        s, year=2027, years=2, name="柘湖市疾病预防控制中心免疫规划及冷链能力提升",
        dept="柘湖市卫生健康委员会", unit="柘湖市疾病预防控制中心", attr="新增项目",
        money=[("中期资金总额", money(460), "年度资金总额", money(260)),
               ("其中：财政拨款", money(420), "其中：财政拨款", money(240)),
               ("其他资金", money(40), "其他资金", money(20))],
        goals=["2027—2028年为重点人群接种流感疫苗40000剂次，更新冷链设备120台，培训接种人员"
               "600人次，适龄儿童免疫规划疫苗接种率保持在95%以上。",
               "2027年接种流感疫苗20000剂次，更新冷链设备70台，培训接种人员300人次。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "重点人群流感疫苗接种",
                "≥40000剂次",
                mk(
                    "≥40000剂次",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="年度照抄实施期，年度目标为20000剂次",
                ),
            ),
            (
                None,
                None,
                "更新冷链设备",
                "≥120台",
                mk(
                    "≥120台",
                    "D202",
                    "warning",
                    alt=("D104",),
                    note="年度照抄实施期，年度目标为70台",
                ),
            ),
            (None, None, "培训接种人员", "≥600人次", "≥300人次"),
            (
                None,
                "质量指标",
                "适龄儿童免疫规划疫苗接种率",
                "≥95%",
                mk("≥100%", "T106", "error", note="接种率不能 ≥100%"),
            ),
            (None, None, "冷链温度监测合格率", "≥98%", "≥98%"),
            (None, "时效指标", "疑似预防接种异常反应报告及时率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "冷链设备单台采购成本", "≤2万元", "≤2万元"),
            (
                None,
                "生态环境成本指标",
                "废弃疫苗及注射器产生量",
                "≤1.5吨",
                "≤0.8吨",
                "按医疗废物处置",
            ),
            ("效益指标", "社会效益指标", "免疫规划针对传染病报告发病率", "≤5/10万", "≤5/10万"),
            (None, "可持续影响指标", "冷链设备使用年限", "≥8年", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "受种者及家长满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, unit="柘湖市疾病预防控制中心", head="严正平", clerk="何菁", phone="0573-82119038",
           year=2027)  # fmt: skip
    return b


@variant("kv11-zhuyuan-chuangri", (11, 12), "township health centre, OLD-NAT, 比较符 and 计量单位 "
         "columns: 元/床日 × 床日 above the budget, 满意度 without %, ≥ on 平均住院日")  # fmt: skip
def kv11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 14, 12))
    project_head(
        s, year=2027, name="澜川县石门乡卫生院住院服务能力提升补助", dept="澜川县卫生健康局",
        unit="澜川县石门乡卫生院", attr="延续项目",
        money=[("年度资金总额", money(240), "其中：财政拨款", money(220)),
               (None, None, "其他资金", money(20))],
        goals=["开放床位90张，全年门诊量52000人次、出院4200人次，提升乡镇卫生院常见病住院"
               "服务能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "开放床位数", "=", 90, "张"),
            (None, None, "门诊量", "≥", 52000, "人次"),
            (None, None, "出院人次", "≥", 4200, "人次"),
            (None, None, "实际占用床日数", "≥", 30000, "床日"),
            (None, "质量指标", "入出院诊断符合率", "≥", pct(0.95), "%"),
            (None, None, "病历书写合格率", "≥", pct(0.95), "%"),
            (None, None, "床位使用率", "≥", pct(0.85), "%"),
            (
                None,
                "时效指标",
                "平均住院日",
                mk("≥", "T108", "warning", row=True, note="平均住院日是反向指标"),
                7,
                "天",
            ),
            (
                None,
                "成本指标",
                "住院床日补助标准",
                mk(
                    "≤",
                    "B107",
                    "warning",
                    row=True,
                    note="120元/床日 × 30000床日 = 360万元，超过年度资金240万元",
                ),
                120,
                "元/床日",
            ),
            ("效益指标", "社会效益指标", "乡镇卫生院住院人次占比", "≥", pct(0.3), "%"),
            (None, "可持续影响指标", "医共体双向转诊机制", "定性", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "住院患者满意度",
                "≥",
                mk(90, "T105", "error", alt=("T104",), note="满意度没有 %"),
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, unit="澜川县石门乡卫生院", head="吴德厚", clerk="潘晓燕", phone="0595-23460371",
           year=2027)  # fmt: skip
    return b


@variant("kv12-jikong-bumen", (3, 12), "CDC department table, flat weighted list (指标名称 · 权重 "
         "· 计量单位 · 比较符 · 指标值), budget and tasks adding up")  # fmt: skip
def kv12() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (18, 18, 30, 16, 16, 14))
    department_head(
        s, year=2027, dept="澜川县疾病预防控制中心",
        budget=[(money(1260), money(1180), money(80), money(930), money(330))],
        tasks=[("免疫规划", "疫苗接种及冷链管理", money(150), "接种率保持95%以上"),
               ("重大传染病防控", "结核病、艾滋病筛查及监测", money(110), "筛查12000人次"),
               ("慢性病监测", "慢性病及危险因素监测", money(70), "监测3000人"),
               ("金额合计", None, money(330), None)],
        goal="巩固免疫规划成效，完成重大传染病筛查12000人次和慢性病监测3000人，突发公共卫生"
             "事件处置及时率100%。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "比较符", "指标值")
    s.table(
        [
            ("适龄儿童免疫规划疫苗接种率", 15, "%", "≥", pct(0.95)),
            ("重大传染病筛查人次", 15, "人次", "≥", 12000),
            ("慢性病及危险因素监测人数", 10, "人", "≥", 3000),
            ("传染病网络直报及时率", 10, "%", "≥", pct(0.98)),
            ("突发公共卫生事件处置及时率", 10, "%", "=", pct(1)),
            ("实验室检测报告出具时间", 10, "个工作日", "≤", 5),
            ("人均筛查成本", 10, "元/人次", "≤", 90),
            ("甲乙类传染病报告发病率", 10, "/10万", "≤", 180),
            ("服务对象满意度", 10, "%", "≥", pct(0.9)),
        ],
    )
    footer(s, unit="澜川县疾病预防控制中心", head="丁振远", clerk="彭晓", phone="0595-23522480",
           year=2027)  # fmt: skip
    return b
