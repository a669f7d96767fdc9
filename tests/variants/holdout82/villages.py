"""村级 projects sent up by their 乡镇 (kn13–kn18): 一事一议 roads, irrigation, a collective PV
station, housing repairs, a village library and village cleaning."""

from __future__ import annotations

from tests.variants.holdout82.common import footer, long_head
from tests.variants.holdout82.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

SIGN = "村委会主任：{a}　　　镇包村干部：{b}　　　镇分管领导：{c}　　　（盖章）"


@variant(
    "kn13-dongping-road",
    (),
    "village project (一事一议), OLD-NAT with abbreviated tiers, operators in the value and the "
    "unit in its own column, 指标值设定依据",
)
def kn13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (10, 12, 28, 12, 10, 22))
    long_head(
        s,
        year=2025,
        name="石湾镇东坪村2025年村组道路硬化项目",
        dept="青杉县石湾镇人民政府",
        unit="石湾镇东坪村村民委员会",
        attr="一次性项目",
        money=[
            ("资金总额", 78, "其中：财政拨款（一事一议奖补）", 60),
            ("其他资金（村集体自筹及投劳折资）", 18, None, None),
        ],
        goals=[
            "硬化东坪村上屋组至下湾组村道2.6公里，路面宽4.5米，新建错车道5处，解决210户860名群众"
            "出行难问题。"
        ],
        lead="罗春林（村主任）　138 7970 2216",
        basis="村道2.6公里×30万元/公里=78万元，其中财政奖补60万元，村集体自筹及群众投劳折资18万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标值设定依据")
    s.table(
        [
            ("产出", "数量", "硬化村组道路", "≥2.6", "公里", "村民代表会议决议"),
            (None, None, "硬化路面面积", "≥11700", "平方米", "2.6公里×4.5米"),
            (None, None, "新建错车道", "≥5", "处", None),
            (None, "质量", "路面混凝土强度达标率", pct(1), "%", "设计C25"),
            (None, None, "工程竣工验收合格率", pct(1), "%", None),
            (None, "时效", "工程完工时间", "2025年10月31日前", None, None),
            (None, "成本", "每公里硬化造价", "≤30", "万元/公里", "县交通局指导价"),
            ("效益", "社会效益", "受益农户", "≥210", "户", None),
            (None, None, "受益群众", "≥860", "人", None),
            (None, "经济效益", "农产品运输成本降低", "≥15", "%", "较上年"),
            (None, "可持续影响", "道路管护责任落实到组", "到位", None, "村规民约"),
            ("满意度", "服务对象满意度", "受益群众满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="罗春林", b="钟建", c="刘海燕")])
    return b


@variant(
    "kn14-bailu-canal",
    (),
    "village project, OLD-NAT, one value column: the 资金测算依据 lines add up to 43.5 against a "
    "资金总额 of 45, the canal length given twice with different targets",
)
def kn14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 30, 16, 22, 10))
    long_head(
        s,
        year=2025,
        name="桂岭乡白鹭村2025年灌溉渠道改造项目",
        dept="青杉县桂岭乡人民政府",
        unit="桂岭乡白鹭村村民委员会",
        attr="一次性项目",
        money=[("资金总额", 45, "其中：财政拨款", 40), ("其他资金（村集体）", 5, None, None)],
        goals=["改造白鹭村主干灌溉渠道1.8公里，新建节制闸6座，改善灌溉面积650亩。"],
        lead="彭水生　139 7971 0352",
        basis="渠道衬砌1.8公里×18万元/公里=32.4万元；节制闸6座×1.5万元=9万元；管护设施2.1万元；"
        "合计45万元。",
    )
    b.file_mark("B102", "error", alt=("B101",), note="32.4 + 9 + 2.1 = 43.5, not 45")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                ok("新建衬砌渠道", "error", note="first of the pair"),
                "≥1.8公里",
                None,
            ),
            (None, None, "新建节制闸", "≥6座", None),
            (
                None,
                None,
                mk(
                    "新建衬砌渠道",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="1.8公里 above, 2公里 here",
                ),
                "≥2公里",
                None,
            ),
            (None, "质量指标", "渠道工程验收合格率", "100%", None),
            (None, "时效指标", "工程完工时间", "2025年4月15日前", "春灌前"),
            (None, "成本指标", "渠道衬砌单价", "≤18万元/公里", None),
            (None, None, "节制闸单座造价", "≤1.5万元", None),
            ("效益指标", "经济效益指标", "改善灌溉面积", "≥650亩", None),
            (None, "社会效益指标", "受益农户", "≥180户", None),
            (None, "可持续影响指标", "渠道管护制度", "建立并执行", "用水户协会"),
            ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="彭水生", b="曾凡", c="邓春生")])
    return b


@variant(
    "kn15-shangwan-solar",
    (),
    "village project, NAT-2021 (成本指标 first), 指标值类型 column (定量/定性), 万元 values "
    "in 经济效益",
)
def kn15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 30, 12, 16, 18))
    long_head(
        s,
        year=2025,
        name="云溪镇上湾村2025年村级光伏电站项目",
        dept="青杉县云溪镇人民政府",
        unit="云溪镇上湾村股份经济合作社",
        attr="新增项目",
        money=[
            ("资金总额", 120, "其中：财政拨款（衔接资金）", 100),
            ("其他资金（村集体）", 20, None, None),
        ],
        goals=[
            "建成300千瓦村级光伏电站并于9月底前并网发电，当年村集体增收3万元以上，收益用于"
            "公益性岗位和小型公益事业。"
        ],
        lead="吴志强　0797-6411930",
        basis="装机300千瓦（30万瓦）×4元/瓦=120万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值类型", "指标值", "备注")
    s.table(
        [
            ("成本指标", "经济成本指标", "光伏电站建设单价", "定量", "≤4元/瓦", "含并网"),
            ("产出指标", "数量指标", "电站装机容量", "定量", "≥300千瓦", None),
            (None, None, "开发公益性岗位", "定量", "≥6个", "光伏收益支付"),
            (None, "质量指标", "并网验收一次通过率", "定量", "100%", None),
            (None, "时效指标", "并网发电时间", "定量", "2025年9月30日前", None),
            ("效益指标", "经济效益指标", "当年村集体光伏收益", "定量", "≥3万元", "按并网3个月"),
            (None, "社会效益指标", "带动脱贫户和监测户", "定量", "≥25户", None),
            (None, "可持续影响指标", "电站运维管护制度", "定性", "健全", None),
            (None, None, "电站设计运营年限", "定量", "≥25年", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "定量", "≥90%", None),
        ],
        merged=(1, 2),
    )
    footer(s, ["说明：本表资金单位为万元。", SIGN.format(a="吴志强", b="黄莉", c="孙立新")])
    return b


@variant(
    "kn16-luoshui-housing",
    (),
    "village project, OLD-NAT, one value column with operators and units inside: an acceptance "
    "rate given as a count of households, a rework rate with ≥",
)
def kn16() -> Book:
    b = Book()
    s = b.sheet("Sheet1 (2)", (12, 12, 30, 16, 22, 10))
    long_head(
        s,
        year=2025,
        name="黄沙镇洛水村2025年农村危房改造项目",
        dept="青杉县黄沙镇人民政府",
        unit="黄沙镇洛水村村民委员会",
        money=[("资金总额", 36, "其中：财政拨款", 36), ("其他资金", 0, None, None)],
        goals=["完成洛水村18户农村危房改造，改造户全部达到住房安全标准，改造户满意度95%以上。"],
        lead="廖建国　0797-6712620",
        basis="18户×2万元/户=36万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "改造农村危房", "≥18户", None),
            (None, None, "开展农房安全排查", "≥420户", "全村农户"),
            (
                None,
                "质量指标",
                mk("危房改造竣工验收合格率", "T105", "error", row=True),
                "18户",
                None,
            ),
            (None, None, mk("改造房屋返工率", "T108", "warning", row=True), "≥3%", None),
            (None, "时效指标", "改造完工时间", "2025年10月31日前", None),
            (None, None, "补助资金拨付时限", "≤15个工作日", "验收后"),
            (None, "成本指标", "户均补助标准", "≤2万元/户", None),
            ("效益指标", "社会效益指标", "改造户住房安全保障率", "100%", None),
            (None, "可持续影响指标", "农房安全动态监测机制", "建立并执行", None),
            ("满意度指标", "服务对象满意度指标", "改造户满意度", "≥95%", None),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="廖建国", b="钟敏", c="谢国平")])
    return b


@variant(
    "kn17-taoyuan-library",
    (),
    "small village project, OLD-NAT, 比较符 and 单位 columns, a hidden indicator row, 说明 line",
)
def kn17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 12, 28, 8, 14, 10))
    long_head(
        s,
        year=2025,
        name="新民镇桃源村2025年农家书屋提升项目",
        dept="青杉县新民镇人民政府",
        unit="新民镇桃源村村民委员会",
        money=[("资金总额", 4.8, "其中：财政拨款", 4.8), ("其他资金", 0, None, None)],
        goals=["新增图书1200册、订阅报刊10种，开展阅读活动6次，全年借阅不少于1500人次。"],
        lead="赖文华　0797-6618305",
        basis="图书1200册×30元/册=3.6万元；报刊订阅1.2万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")
    s.table(
        [
            ("产出指标", "数量指标", "新增图书", "≥", 1200, "册"),
            (None, None, "订阅报刊", "≥", 10, "种"),
            (None, None, "开展阅读活动", "≥", 6, "次"),
            (None, "质量指标", "新增图书上架率", "=", pct(1), "%"),
            (None, "时效指标", "图书配送到位时间", "≤", day(2025, 6, 30, CN_DATE), None),
            (None, "成本指标", "图书采购平均单价", "≤", 30, "元/册"),
            ("效益指标", "社会效益指标", "全年借阅", "≥", 1500, "人次"),
            (None, "可持续影响指标", "书屋管理员值守制度", "定性", "落实", None),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.ws.row_dimensions[s.r - 6].hidden = True  # 开展阅读活动, hidden before printing
    footer(s, ["说明：资金单位为万元，成本指标单位为元/册。", SIGN.format(a="赖文华", b="曾晓燕",
           c="钟秀兰")])  # fmt: skip
    return b


@variant(
    "kn18-fengshu-cleaning",
    (),
    "village project, OLD-NAT, one value column: a deadline in last year, a satisfaction target "
    "typed as ≥90 without %",
)
def kn18() -> Book:
    b = Book()
    s = b.sheet("打印版", (12, 12, 30, 16, 22, 10))
    long_head(
        s,
        year=2025,
        name="柳塘乡枫树村2025年村庄保洁项目",
        dept="青杉县柳塘乡人民政府",
        unit="柳塘乡枫树村村民委员会",
        attr="延续项目",
        money=[("资金总额", 9.6, "其中：财政拨款", 7.2), ("其他资金（村集体）", 2.4, None, None)],
        goals=["聘用保洁员4人，配置清运三轮车2辆、垃圾桶80个，实现村庄垃圾日产日清。"],
        lead="何长青　0797-6330418",
        basis="保洁员4人×1500元/人·月×12个月=7.2万元；三轮车2辆×8000元+垃圾桶80个×100元=2.4万元。",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "聘用保洁员", "≥4人", None),
            (None, None, "购置垃圾清运三轮车", "≥2辆", None),
            (None, None, "配置垃圾桶", "≥80个", None),
            (None, "质量指标", "村庄保洁考核合格率", "≥90%", "乡月度考核"),
            (
                None,
                "时效指标",
                "保洁设施采购完成时间",
                mk("2024年6月30日前", "Y102", "error", row=True, alt=("Y101",)),
                None,
            ),
            (None, None, "垃圾清运频次", "≥1次/日", None),
            (None, "成本指标", "保洁员工资标准", "≤1500元/人·月", None),
            ("效益指标", "社会效益指标", "村庄环境卫生整治覆盖农户", "≥260户", None),
            (None, "生态效益指标", "清除垃圾乱堆乱放点", "≥15处", None),
            (None, "可持续影响指标", "村规民约保洁条款", "落实", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                mk("村民满意度", "T105", "error", row=True, alt=("T104",)),
                "≥90",
                None,
            ),
        ],
        merged=(1, 2),
    )
    footer(s, [SIGN.format(a="何长青", b="罗小琴", c="刘建平")])
    return b
