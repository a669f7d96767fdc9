"""中央对地方转移支付区域绩效目标表 (l01–l04): the province's goals for one central transfer,
the money by level (中央补助, 省级, 市县), 总体目标 for the central and the local share, rates
per 10 万 and per mille, one-year and multi-year (实施期 / 年度) tables."""

from __future__ import annotations

from tests.variants.holdout15.common import FBook, regional_head, shrug, sign_off, vmerge
from tests.variants.holdout15.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

AMT = "#,##0.00"


@variant("l01-regional-public-health-ok", (1, 5, 12), "regional transfer table, OLD-NAT, one "
         "value column and a 指标解释 column, 年度金额 as =SUM of 中央 + 省级 + 市县 with cached "
         "value, 总体目标 per 中央/地方, rates per 10万 and ‰")  # fmt: skip
def l01() -> Book:
    b = FBook()
    s = b.sheet("区域绩效目标表", widths=(10, 14, 16, 36, 20, 28))
    top = regional_head(
        s, year="2026年度", name="基本公共卫生服务补助资金", central="国家卫生健康委员会",
        local="霁川省卫生健康委员会",
        money=[("年度金额：", money(86420, AMT)), ("其中：中央补助", money(61350, AMT)),
               ("　　　省级资金", money(12470, AMT)), ("　　　市县资金", money(12600, AMT))],
        goals=[("中央", "支持霁川省按人均94元标准落实基本公共卫生服务项目，重点做好老年人、"
                "儿童、孕产妇和慢性病患者健康管理。"),
               ("地方", "省、市县按规定落实配套资金，规范项目管理，提高服务质量，逐步缩小城乡"
                "居民基本公共卫生服务差距。")],
    )  # fmt: skip
    b.formula(s, top, 3, "=SUM(C6:C8)", 86420)
    head = s.row("绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标解释")
    s.table(
        [
            (None, "产出指标", "数量指标", "居民规范化电子健康档案覆盖率", "≥64%", None),
            (None, None, None, "★适龄儿童国家免疫规划疫苗接种率", "≥90%", "以乡镇为单位"),
            (None, None, None, "0—6岁儿童健康管理率", "≥85%", None),
            (None, None, None, "孕产妇系统管理率", pct(0.9), None),
            (None, None, None, "65岁及以上老年人城乡社区规范健康管理服务率", "≥62%", None),
            (None, None, None, "高血压患者基层规范管理服务率", "≥65%", None),
            (None, None, None, "2型糖尿病患者基层规范管理服务率", "≥65%", None),
            (None, None, "质量指标", "传染病和突发公共卫生事件报告率", "≥95%", None),
            (None, None, None, "★孕产妇死亡率", "≤12/10万", "每10万例活产中的孕产妇死亡数"),
            (None, None, None, "婴儿死亡率", "≤5‰", "每1000例活产中的婴儿死亡数"),
            (None, None, "时效指标", "中央资金分配下达时间", "收到中央资金后30日内", None),
            (
                None,
                None,
                "成本指标",
                "人均基本公共卫生服务经费补助标准",
                shrug("≥94元/人/年", "a floor set by policy: ≥ is right"),
                "各级财政合计",
            ),
            (None, "效益指标", "社会效益指标", "城乡居民公共卫生服务差距", "不断缩小", None),
            (None, None, None, "居民健康素养水平", "不低于上年", "以省级监测结果为准"),
            (None, None, "可持续影响指标", "基本公共卫生服务均等化水平", "稳步提高", None),
            (
                None,
                "满意度指标",
                "服务对象满意度指标",
                "城乡居民基本公共卫生服务满意度",
                "≥85%",
                "第三方抽样调查",
            ),
        ],
        merged=(2, 3),
    )
    vmerge(s, [1], head, s.r)
    s.row("注：指标值为全省目标值，各市县结合实际分解落实，分解后的目标不得低于全省目标。",
          merge=[(1, 6)])  # fmt: skip
    sign_off(s, year=2026, month=3, date=12, who="钟蔚", checker="邬长林", phone="0871-6650432")
    return b


@variant("l02-regional-insurance-wrong", (11, 12), "regional transfer table, OLD-NAT, 比较符 "
         "and 度量单位 columns: 年度金额 ≠ 中央 + 地方, a 比例 without %, 投诉率 with ≥, the "
         "same indicator twice with different values")  # fmt: skip
def l02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 36, 10, 14, 14))
    regional_head(
        s, year="2026年度", name="城乡居民基本医疗保险补助资金", central="国家医疗保障局",
        local="霁川省医疗保障局",
        money=[("年度金额：", mk(money(524300, AMT), "B101", "error",
                                note="418 600 + 96 700 = 515 300")),
               ("其中：中央补助资金", money(418600, AMT)),
               ("　　　地方各级财政资金", money(96700, AMT))],
        goals=["巩固城乡居民基本医疗保险参保成果，落实居民医保财政补助政策，住院费用政策范围内"
               "基金支付比例稳定在70%左右，提升医保经办服务水平。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "度量单位")
    s.table(
        [
            ("产出指标", "数量指标", "城乡居民基本医疗保险参保率", "≥", 95, "%"),
            (None, None, "医保电子凭证激活人数", "≥", 1850, "万人"),
            (
                None,
                "质量指标",
                "住院费用政策范围内基金支付比例",
                "≥",
                mk(70, "T105", "warning", row=True, alt=("T104",), note="比例 without %"),
                None,
            ),
            (
                None,
                None,
                "医保经办服务投诉率",
                mk("≥", "T108", "warning", row=True, note="投诉率 is 反向"),
                5,
                "%",
            ),
            (None, "时效指标", "医疗费用手工报销办理时限", "≤", 20, "个工作日"),
            (
                None,
                "成本指标",
                "居民医保人均财政补助标准",
                shrug("≥", "a floor set by policy"),
                670,
                "元/人/年",
            ),
            ("效益指标", "社会效益指标", "个人卫生支出占卫生总费用比例", "≤", 27, "%"),
            (
                None,
                "可持续影响指标",
                "城乡居民基本医疗保险参保率",
                "≥",
                mk(
                    96,
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="the same indicator as under 数量指标 with 95",
                ),
                "%",
            ),
            (None, None, "医保基金运行", None, "收支平衡、略有结余", None),
            ("满意度指标", "服务对象满意度指标", "参保群众满意度", "≥", 85, "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("l03-regional-preschool-multi-year-ok", (1, 8, 12), "regional transfer table over "
         "three years, OLD-NAT, 实施期 and 年度 money and value columns under a merged two-line "
         "head, totals =SUM with cached values in a 万元 number format")  # fmt: skip
def l03() -> Book:
    b = FBook()
    s = b.sheet("学前教育", widths=(14, 16, 34, 18, 18, 20))
    top = regional_head(
        s, year="实施期2026—2028年　2026年度", name="支持学前教育发展资金",
        central="教育部", local="霁川省教育厅", goal_label="总体目标",
        money=[(None, "实施期（2026—2028年）", "2026年度"),
               ("资金总额", money(45000, WAN), money(15600, WAN)),
               ("其中：中央补助", money(30000, WAN), money(10400, WAN)),
               ("　　　地方资金", money(15000, WAN), money(5200, WAN))],
        goals=[("实施期目标", "到2028年全省学前三年毛入园率达到92%以上，普惠性幼儿园覆盖率达到"
                "88%以上，新建、改扩建公办幼儿园60所，新增公办学位9000个。"),
               ("2026年度目标", "新建、改扩建公办幼儿园20所，新增公办学位3000个，毛入园率达到"
                "91%以上，落实家庭经济困难幼儿资助政策。")],
    )  # fmt: skip
    b.formula(s, top + 1, 3, "=SUM(C7:C8)", 45000)
    b.formula(s, top + 1, 4, "=SUM(D7:D8)", 15600)
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "实施期指标值", "年度指标值", None)
    vmerge(s, [1, 2, 3, 6], h, h + 1)
    s.table(
        [
            ("产出指标", "数量指标", "新建、改扩建公办幼儿园", "≥60所", "≥20所", None),
            (None, None, "新增公办幼儿园学位", "≥9000个", "≥3000个", None),
            (None, None, "幼儿园教师和保育员培训", "≥4500人次", "≥1500人次", "含园长"),
            (None, "质量指标", "学前教育毛入园率", "≥92%", "≥91%", None),
            (None, None, "普惠性幼儿园覆盖率", "≥88%", "≥86%", None),
            (None, None, "公办园在园幼儿占比", "≥50%", "≥50%", "保持"),
            (None, "时效指标", "资金下达及时率", "=100%", "=100%", None),
            (
                None,
                "成本指标",
                "家庭经济困难幼儿资助标准",
                shrug("≥500元/生/学期", "a floor set by policy"),
                "≥500元/生/学期",
                "省定标准",
            ),
            ("效益指标", "社会效益指标", "学前教育普及普惠水平", "持续提高", "稳步提高", None),
            (
                None,
                "可持续影响指标",
                "普惠性学前教育资源供给",
                "保持稳定增长",
                "保持稳定增长",
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("l04-regional-training-copied", (8,), "regional transfer table over three years, "
         "OLD-NAT, 实施期 and 年度 columns: two cumulative counts copied into 年度, one above "
         "its 实施期 count, a 2023 deadline in a 2025 table")  # fmt: skip
def l04() -> Book:
    b = Book()
    s = b.sheet("人才培养", widths=(14, 16, 34, 18, 18, 16))
    regional_head(
        s, year="2025年度", name="医疗服务与保障能力提升补助资金（卫生健康人才培养培训）",
        central="国家卫生健康委员会", local="霁川省卫生健康委员会", goal_label="总体目标",
        money=[(None, "实施期（2025—2027年）", "2025年度"),
               ("资金总额", money(27600, AMT), money(9200, AMT)),
               ("其中：中央补助", money(21000, AMT), money(7000, AMT)),
               ("　　　地方资金", money(6600, AMT), money(2200, AMT))],
        goals=[("实施期目标", "三年招收住院医师规范化培训学员2400人，完成全科医生转岗培训1200人，"
                "培养农村订单定向医学生900人，基层卫生人才短缺状况明显缓解。"),
               ("年度目标", "招收住院医师规范化培训学员800人，完成全科医生转岗培训400人，"
                "培养农村订单定向医学生300人。")],
    )  # fmt: skip
    h = s.row("一级指标", "二级指标", "三级指标", "指标值", None, "备注", merge=[(4, 5)])
    s.row(None, None, None, "中期指标值", "年度指标值", None)
    vmerge(s, [1, 2, 3, 6], h, h + 1)
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "住院医师规范化培训招收人数",
                "≥2400人",
                mk("≥2700人", "D201", "error", alt=("D104",), note="above the three-year count"),
                None,
            ),
            (
                None,
                None,
                "全科医生转岗培训人数",
                "≥1200人",
                mk("≥1200人", "D202", "warning", alt=("D104",), note="中期 copied; goal: 400"),
                None,
            ),
            (
                None,
                None,
                "农村订单定向免费培养医学生",
                "≥900人",
                mk("≥900人", "D202", "warning", alt=("D104",), note="中期 copied; goal: 300"),
                None,
            ),
            (None, None, "助理全科医生培训人数", "≥600人", "≥200人", None),
            (None, "质量指标", "住院医师规范化培训结业考核通过率", "≥85%", "≥85%", None),
            (None, None, "培训对象按要求完成培训比例", "≥95%", "≥95%", None),
            (
                None,
                "时效指标",
                "中央资金分配下达时间",
                "每年6月30日前",
                mk(
                    "2023年6月30日前",
                    "Y102",
                    "error",
                    alt=("Y101", "Y103"),
                    note="a 2025 table with a 2023 deadline",
                ),
                None,
            ),
            (
                None,
                "成本指标",
                "住院医师规范化培训中央补助标准",
                "≤3万元/人/年",
                "≤3万元/人/年",
                None,
            ),
            ("效益指标", "社会效益指标", "基层医疗卫生机构服务能力", "持续提升", "有所提升", None),
            (None, "可持续影响指标", "每万人口全科医生数", "≥3.5人", "≥3.2人", None),
            ("满意度指标", "服务对象满意度指标", "培训对象满意度", "≥85%", "≥85%", None),
        ],
        merged=(1, 2),
    )
    return b
